/**
 * Nodes for the countries and organisations persons hold office in when no event names them (a
 * president whose country appears only through him), from the dictionary the graph was resolved
 * with and with the fields GraphBuilder gives the actors it meets. An id the dictionary lacks
 * becomes a node named by its id.
 */
import type { DictionaryIndex } from "../dictionary/index.js";
import type { ActorNode } from "../merge/graph.js";

export function officeHolderNode(index: DictionaryIndex, id: string, kind: "country" | "organization"): ActorNode {
  const country = index.countries.get(id);
  if (country) return { id, kind: "country", name: country.name, aliases: [...new Set([...country.zhHans, ...country.zhHant, ...country.en])], iso: country.id };
  const org = index.organizations.get(id);
  if (org) return { id, kind: "organization", name: org.name, aliases: [...new Set([...org.zhHans, ...org.zhHant, ...org.en])] };
  return { id, kind, name: id, aliases: [], ...(kind === "country" ? { iso: id } : {}) };
}
