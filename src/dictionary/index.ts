/** Look-ups over a loaded dictionary: entities by id and office holders by date (PETRARCH2 style). */
import type { Dictionary } from "./load.js";
import type { Country, Office, OfficeRole, Organization, Person } from "./schema.js";

/** Which offices answer a bare "the leader" / 领导人, in order. */
const LEADER_ROLES: OfficeRole[] = ["party_leader", "head_of_state", "head_of_government"];

const inOffice = (o: Office, date: string) => o.start.slice(0, date.length) <= date && (o.end === null || date <= o.end.padEnd(date.length, "9") || o.end.startsWith(date));

export class DictionaryIndex {
  readonly persons = new Map<string, Person>();
  readonly countries = new Map<string, Country>();
  readonly organizations = new Map<string, Organization>();
  private holders = new Map<string, { person: Person; office: Office }[]>();

  constructor(readonly dict: Dictionary) {
    for (const c of dict.countries) this.countries.set(c.id, c);
    for (const o of dict.organizations) this.organizations.set(o.id, o);
    for (const p of dict.persons) {
      this.persons.set(p.id, p);
      for (const office of p.offices) {
        const key = `${office.of}/${office.role}`;
        const list = this.holders.get(key) ?? [];
        list.push({ person: p, office });
        this.holders.set(key, list);
      }
    }
  }

  /** The one person holding the role in the country at the date (YYYY, YYYY-MM or YYYY-MM-DD). */
  holder(of: string, role: OfficeRole, date: string): Person | undefined {
    const roles = role === "party_leader" ? LEADER_ROLES : [role];
    for (const r of roles) {
      const found = (this.holders.get(`${of}/${r}`) ?? []).filter((h) => inOffice(h.office, date));
      const distinct = [...new Set(found.map((h) => h.person))];
      if (distinct.length === 1) return distinct[0];
      if (distinct.length > 1) return undefined;
    }
    return undefined;
  }

  /** The country a person served at the date (their most senior office then), else their last office's. */
  countryOf(personId: string, date?: string): string | undefined {
    const p = this.persons.get(personId);
    if (!p || !p.offices.length) return undefined;
    const national = p.offices.filter((o) => this.countries.has(o.of));
    if (!national.length) return undefined;
    if (date) {
      const current = national.find((o) => inOffice(o, date));
      if (current) return current.of;
    }
    return [...national].sort((a, b) => (a.start < b.start ? 1 : -1))[0].of;
  }

  /** Whether the person held an office of the role in the country at the date (YYYY, YYYY-MM or YYYY-MM-DD). */
  holdsAt(personId: string, role: OfficeRole, of: string, date: string): boolean {
    const roles = role === "party_leader" ? LEADER_ROLES : [role];
    return !!this.persons.get(personId)?.offices.some((o) => roles.includes(o.role) && o.of === of && inOffice(o, date));
  }

  /** Offices of a person that match a role (for title ↔ name agreement). */
  holds(personId: string, role: OfficeRole, of?: string): boolean {
    const p = this.persons.get(personId);
    const roles = role === "party_leader" ? LEADER_ROLES : [role];
    return !!p?.offices.some((o) => roles.includes(o.role) && (!of || o.of === of));
  }
}
