/*
 * Reads GEXF files the way Gephi does, headless, with the Gephi Toolkit (tools/gephi/pom.xml).
 *
 *   java -Djava.awt.headless=true -cp <toolkit jar>:<classes> GephiHarness check FILE...
 *       imports each file (ImportController → Container → DefaultProcessor into its own workspace) and
 *       prints one JSON array on stdout: per file the import report's issues with their levels, node
 *       and edge counts, the edge kinds, spells per edge, parallel edges of different kinds, the time
 *       format and time bounds, and the attribute columns with their types.
 *   java -Djava.awt.headless=true -cp ... GephiHarness render IN.gexf OUT.png WIDTH HEIGHT [IN OUT W H]...
 *       renders each file with Gephi's preview renderers into a PNG, with a legend of the edge
 *       types and the countries' colours. (Gephi's PNGExporter itself cannot run headless: its
 *       render target asks the screen device for an image, gephi#2142.)
 *
 * stdout carries only the JSON; Gephi's own logging goes to stderr.
 */
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.graph.api.AttributeUtils;
import org.gephi.graph.api.types.IntervalMap;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.preview.api.CanvasSize;
import org.gephi.preview.api.G2DTarget;
import org.gephi.preview.api.PreviewController;
import org.gephi.preview.api.PreviewModel;
import org.gephi.preview.api.PreviewProperties;
import org.gephi.preview.api.PreviewProperty;
import org.gephi.preview.api.Vector;
import org.gephi.preview.types.EdgeColor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.joda.time.DateTimeZone;
import org.openide.util.Lookup;

public class GephiHarness {
    /** Per-edge spells and dynamic values are listed for graphs up to this size; larger ones get totals. */
    private static final int DETAIL_EDGES = 5000;

    public static void main(String[] args) throws Exception {
        // Gephi and NetBeans log to System.out; keep stdout for the JSON alone
        PrintStream json = System.out;
        System.setOut(System.err);
        if (args.length < 2) {
            System.err.println("usage: GephiHarness check FILE... | render IN OUT WIDTH HEIGHT...");
            System.exit(2);
        }
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        if (args[0].equals("check")) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 1; i < args.length; i++) {
                if (i > 1) out.append(",\n");
                out.append(check(pc, new File(args[i])));
            }
            json.println(out.append("]"));
        } else if (args[0].equals("render")) {
            for (int i = 1; i + 3 < args.length; i += 4) {
                render(pc, new File(args[i]), new File(args[i + 1]), Integer.parseInt(args[i + 2]), Integer.parseInt(args[i + 3]));
            }
            json.println("[]");
        } else {
            System.err.println("unknown mode " + args[0]);
            System.exit(2);
        }
        System.exit(0);
    }

    /** A file imported into its own workspace, with the issues its import report holds. */
    record Imported(Workspace workspace, Container container, List<Issue> issues) {}

    /** autoScale: Gephi's default import rescales sizes to 4–100 and spreads positions; a render keeps ours. */
    private static Imported importInto(ProjectController pc, File file, boolean autoScale) throws Exception {
        Workspace ws = pc.newWorkspace(pc.getCurrentProject());
        pc.openWorkspace(ws);
        ImportController ic = Lookup.getDefault().lookup(ImportController.class);
        Container container = ic.importFile(file);
        if (container == null) throw new IllegalStateException("Gephi found no importer for " + file);
        container.getLoader().setAutoScale(autoScale);
        // the import report lives in a temporary file that processing discards: read it first
        List<Issue> issues = new ArrayList<>(container.getReport().getIssuesList(Integer.MAX_VALUE));
        DefaultProcessor processor = new DefaultProcessor();
        ic.process(container, processor, ws);
        if (processor.getReport() != null) issues.addAll(processor.getReport().getIssuesList(Integer.MAX_VALUE));
        return new Imported(ws, container, issues);
    }

    private static String check(ProjectController pc, File file) {
        Json j = new Json();
        j.field("file", file.getPath());
        long started = System.nanoTime();
        Imported imported;
        try {
            imported = importInto(pc, file, true);
        } catch (Throwable t) {
            j.field("error", t.toString());
            return j.close();
        }
        j.field("importMillis", (System.nanoTime() - started) / 1_000_000);

        List<String> issues = new ArrayList<>();
        for (Issue issue : imported.issues()) {
            Json i = new Json();
            i.field("level", issue.getLevel().toString());
            i.field("message", issue.getMessage());
            issues.add(i.close());
        }
        j.raw("issues", "[" + String.join(",", issues) + "]");
        j.field("dynamicContainer", imported.container().isDynamicGraph());
        j.field("multiGraphContainer", imported.container().isMultiGraph());
        j.field("mergeStrategy", String.valueOf(imported.container().getUnloader().getEdgesMergeStrategy()));

        GraphModel gm = Lookup.getDefault().lookup(GraphController.class).getGraphModel(imported.workspace());
        Graph graph = gm.getGraph();
        DateTimeZone zone = gm.getTimeZone();
        j.field("nodes", graph.getNodeCount());
        j.field("edges", graph.getEdgeCount());
        j.field("directed", gm.isDirected());
        j.field("multiGraph", gm.isMultiGraph());
        j.field("dynamic", gm.isDynamic());
        j.field("timeFormat", String.valueOf(gm.getTimeFormat()));
        Interval bounds = gm.getTimeBounds();
        Json b = new Json();
        b.field("start", printTime(bounds.getLow(), zone));
        b.field("end", printTime(bounds.getHigh(), zone));
        j.raw("timeBounds", b.close());

        List<String> kinds = new ArrayList<>();
        for (Object label : gm.getEdgeTypeLabels(false)) kinds.add(Json.quote(String.valueOf(label)));
        j.raw("edgeKinds", "[" + String.join(",", kinds) + "]");

        // parallel edges: node pairs joined by edges of more than one kind
        Map<String, TreeSet<String>> kindsByPair = new HashMap<>();
        long spells = 0;
        boolean detail = graph.getEdgeCount() <= DETAIL_EDGES;
        Json edgeDetails = new Json();
        for (Edge e : graph.getEdges()) {
            String pair = e.getSource().getId() + "\u0000" + e.getTarget().getId();
            kindsByPair.computeIfAbsent(pair, k -> new TreeSet<>()).add(String.valueOf(e.getTypeLabel()));
            Interval[] intervals = e.getIntervals();
            spells += intervals.length;
            if (detail) {
                Json d = new Json();
                d.field("source", String.valueOf(e.getSource().getId()));
                d.field("target", String.valueOf(e.getTarget().getId()));
                d.field("kind", String.valueOf(e.getTypeLabel()));
                d.field("label", e.getLabel());
                d.field("weight", e.getWeight());
                d.raw("spells", intervals(intervals, zone));
                d.raw("values", dynamicValues(e, gm.getEdgeTable(), zone));
                edgeDetails.raw(String.valueOf(e.getId()), d.close());
            }
        }
        int parallelPairs = 0;
        for (TreeSet<String> k : kindsByPair.values()) if (k.size() > 1) parallelPairs++;
        j.field("parallelPairs", parallelPairs);
        j.field("spells", spells);
        if (detail) {
            j.raw("edgeDetails", edgeDetails.close());
            Json nodeDetails = new Json();
            for (Node n : graph.getNodes()) {
                Json d = new Json();
                d.field("label", n.getLabel());
                d.raw("spells", intervals(n.getIntervals(), zone));
                d.field("x", n.x());
                d.field("y", n.y());
                d.field("size", n.size());
                d.field("color", String.format("#%02x%02x%02x", n.getColor().getRed(), n.getColor().getGreen(), n.getColor().getBlue()));
                nodeDetails.raw(String.valueOf(n.getId()), d.close());
            }
            j.raw("nodeDetails", nodeDetails.close());
        }
        j.raw("nodeColumns", columns(gm.getNodeTable()));
        j.raw("edgeColumns", columns(gm.getEdgeTable()));
        return j.close();
    }

    private static String printTime(double t, DateTimeZone zone) {
        if (Double.isInfinite(t)) return t > 0 ? "+inf" : "-inf";
        return AttributeUtils.printDate(t, zone);
    }

    private static String intervals(Interval[] intervals, DateTimeZone zone) {
        List<String> list = new ArrayList<>();
        for (Interval i : intervals) list.add(Json.quote(printTime(i.getLow(), zone) + "/" + printTime(i.getHigh(), zone)));
        return "[" + String.join(",", list) + "]";
    }

    /** Dynamic attribute values of an element, as {column: {"start/end": value}}. */
    private static String dynamicValues(Edge e, Table table, DateTimeZone zone) {
        Json values = new Json();
        for (Column c : table) {
            if (!c.isDynamic() || c.isProperty()) continue;
            Object v = e.getAttribute(c);
            if (!(v instanceof IntervalMap)) continue;
            IntervalMap<?> map = (IntervalMap<?>) v;
            Interval[] keys = map.toKeysArray();
            Object[] vals = map.toValuesArray();
            Json m = new Json();
            for (int i = 0; i < keys.length; i++) {
                String key = printTime(keys[i].getLow(), zone) + "/" + printTime(keys[i].getHigh(), zone);
                Object val = vals[i];
                if (val instanceof Number) m.field(key, ((Number) val).doubleValue());
                else m.field(key, String.valueOf(val));
            }
            values.raw(c.getId(), m.close());
        }
        return values.close();
    }

    private static String columns(Table table) {
        List<String> list = new ArrayList<>();
        for (Column c : table) {
            Json col = new Json();
            col.field("id", c.getId());
            col.field("title", c.getTitle());
            col.field("type", c.getTypeClass().getSimpleName());
            col.field("dynamic", c.isDynamic());
            col.field("property", c.isProperty());
            list.add(col.close());
        }
        return "[" + String.join(",", list) + "]";
    }

    private static void render(ProjectController pc, File in, File out, int width, int height) throws Exception {
        Workspace ws = importInto(pc, in, false).workspace();
        PreviewController preview = Lookup.getDefault().lookup(PreviewController.class);
        PreviewModel model = preview.getModel(ws);
        PreviewProperties props = model.getProperties();
        props.putValue(PreviewProperty.BACKGROUND_COLOR, Color.WHITE);
        props.putValue(PreviewProperty.SHOW_NODE_LABELS, Boolean.TRUE);
        props.putValue(PreviewProperty.NODE_LABEL_PROPORTIONAL_SIZE, Boolean.FALSE);
        props.putValue(PreviewProperty.NODE_LABEL_FONT, new Font(Font.SANS_SERIF, Font.BOLD, 11));
        props.putValue(PreviewProperty.NODE_LABEL_OUTLINE_SIZE, 3f);
        props.putValue(PreviewProperty.NODE_LABEL_OUTLINE_COLOR, new org.gephi.preview.types.DependantColor(Color.WHITE));
        props.putValue(PreviewProperty.NODE_LABEL_OUTLINE_OPACITY, 90f);
        props.putValue(PreviewProperty.NODE_BORDER_WIDTH, 0.5f);
        props.putValue(PreviewProperty.EDGE_CURVED, Boolean.TRUE);
        props.putValue(PreviewProperty.EDGE_COLOR, new EdgeColor(EdgeColor.Mode.ORIGINAL));
        props.putValue(PreviewProperty.EDGE_OPACITY, 80f);
        props.putValue(PreviewProperty.EDGE_RESCALE_WEIGHT, Boolean.TRUE);
        props.putValue(PreviewProperty.EDGE_RESCALE_WEIGHT_MIN, 1f);
        props.putValue(PreviewProperty.EDGE_RESCALE_WEIGHT_MAX, 4f);
        props.putValue(PreviewProperty.ARROW_SIZE, 4f);
        props.putValue(PreviewProperty.MARGIN, 12f);
        preview.refreshPreview(ws);

        // Gephi's PNGExporter asks the screen device for its image and fails headless (gephi#2142):
        // the same preview renderers draw here into an image of our own
        ImageTarget target = new ImageTarget(width, height);
        target.fit(model);
        preview.render(target, ws);
        drawLegend(target.image, Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws),
            in.getName() + " in Gephi 0.10 (preview renderers)");
        ImageIO.write(target.image, "png", out);
    }

    /** A Java2D render target on an in-memory image, fitted like Gephi's own G2D target. */
    static final class ImageTarget implements G2DTarget {
        final BufferedImage image;
        private final Graphics2D g;
        private final Vector translate = new Vector();
        private float scaling = 1f;

        ImageTarget(int width, int height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }

        /** Scales and centres the graph's canvas (plus the margin property, in percent) on the image. */
        void fit(PreviewModel model) {
            CanvasSize cs = model.getGraphicsCanvasSize();
            float margin = model.getProperties().getFloatValue(PreviewProperty.MARGIN) / 100f;
            float x = cs.getX() - cs.getWidth() * margin;
            float y = cs.getY() - cs.getHeight() * margin;
            float w = cs.getWidth() * (1 + 2 * margin);
            float h = cs.getHeight() * (1 + 2 * margin);
            scaling = Math.min(image.getWidth() / w, image.getHeight() / h);
            translate.set(image.getWidth() / 2f - (x + w / 2f), image.getHeight() / 2f - (y + h / 2f));
            Color background = model.getProperties().getColorValue(PreviewProperty.BACKGROUND_COLOR);
            g.setColor(background == null ? Color.WHITE : background);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            float cx = image.getWidth() / 2f;
            float cy = image.getHeight() / 2f;
            g.translate(cx - cx * scaling, cy - cy * scaling);
            g.scale(scaling, scaling);
            g.translate(translate.x, translate.y);
        }

        @Override public Graphics2D getGraphics() { return g; }
        @Override public java.awt.Image getImage() { return image; }
        @Override public int getWidth() { return image.getWidth(); }
        @Override public int getHeight() { return image.getHeight(); }
        @Override public void resize(int width, int height) { throw new UnsupportedOperationException("fixed size"); }
        @Override public void setMoving(boolean moving) {}
        @Override public Vector getTranslate() { return translate; }
        @Override public float getScaling() { return scaling; }
        @Override public void setScaling(float s) { scaling = s; }
        @Override public void reset() {}
        @Override public void refresh() {}
    }

    /** Adds a legend: the edge kinds with their colours and counts, then the countries' colours. */
    private static void drawLegend(BufferedImage image, GraphModel gm, String title) {
        Map<String, Color> kinds = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Edge e : gm.getGraph().getEdges()) {
            String kind = String.valueOf(e.getTypeLabel());
            kinds.putIfAbsent(kind, e.getColor());
            counts.merge(kind, 1, Integer::sum);
        }
        // a country's own colour where it is a node, else the tint its persons carry
        Map<String, String> countryNames = new TreeMap<>();
        Map<String, Color> countryColors = new TreeMap<>();
        boolean persons = false;
        boolean organizations = false;
        for (Node n : gm.getGraph().getNodes()) {
            Object type = n.getAttribute("type");
            Object country = n.getAttribute("country");
            persons |= "person".equals(type);
            organizations |= "organization".equals(type);
            if (country == null) continue;
            if ("country".equals(type)) {
                countryNames.put(String.valueOf(country), n.getLabel());
                countryColors.put(String.valueOf(country), n.getColor());
            } else {
                countryNames.putIfAbsent(String.valueOf(country), String.valueOf(country));
                countryColors.putIfAbsent(String.valueOf(country), n.getColor());
            }
        }
        Map<String, Color> countries = new TreeMap<>();
        for (Map.Entry<String, String> c : countryNames.entrySet()) countries.put(c.getValue(), countryColors.get(c.getKey()));
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int x = 16;
        int y = 24;
        int line = 18;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, x, y);
        y += line + 6;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.DARK_GRAY);
        g.drawString("edges by type", x, y);
        y += line;
        for (Map.Entry<String, Color> k : kinds.entrySet()) {
            g.setColor(k.getValue() == null ? Color.GRAY : k.getValue());
            g.setStroke(new BasicStroke(4f));
            g.drawLine(x, y - 5, x + 24, y - 5);
            g.setColor(Color.DARK_GRAY);
            g.drawString(k.getKey() + " (" + counts.get(k.getKey()) + ")", x + 32, y);
            y += line;
        }
        y += 6;
        g.drawString("nodes by country" + (persons ? " (persons in a lighter tint)" : "") + (organizations ? ", organisations grey" : ""), x, y);
        y += line;
        for (Map.Entry<String, Color> c : countries.entrySet()) {
            g.setColor(c.getValue());
            g.fillOval(x + 6, y - 12, 12, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString(c.getKey(), x + 32, y);
            y += line;
        }
        g.dispose();
    }

    /** Just enough JSON: one object at a time, in insertion order. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder("{");
        private boolean first = true;

        private void key(String k) {
            if (!first) sb.append(',');
            first = false;
            sb.append(quote(k)).append(':');
        }

        void field(String k, String v) {
            key(k);
            sb.append(v == null ? "null" : quote(v));
        }

        void field(String k, long v) {
            key(k);
            sb.append(v);
        }

        void field(String k, double v) {
            key(k);
            sb.append(Double.isFinite(v) ? Double.toString(v) : "null");
        }

        void field(String k, boolean v) {
            key(k);
            sb.append(v);
        }

        void raw(String k, String json) {
            key(k);
            sb.append(json);
        }

        String close() {
            return sb.append('}').toString();
        }

        static String quote(String s) {
            StringBuilder q = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') q.append('\\').append(c);
                else if (c < 0x20 || Character.isSurrogate(c)) q.append(String.format("\\u%04x", (int) c));
                else q.append(c);
            }
            return q.append('"').toString();
        }
    }
}
