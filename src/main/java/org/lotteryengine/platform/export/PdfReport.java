package org.lotteryengine.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A printable A4 report laid out with PDFBox: a title, paragraphs wrapped to the page, tables whose columns are sized
 * to their content (the font shrinks before anything is clipped, and long tables continue on the next page with their
 * header), and horizontal bar charts. Blocks are added in reading order, then {@link #render()} lays them out.
 * <p>
 * Text uses the standard Helvetica fonts, which need no font file in the native image; a character those fonts cannot
 * show is written as its nearest ASCII form (≥ as >=) or as '?', never dropped silently or left to fail the export.
 */
public final class PdfReport {

    /** Page margin on every side, in points. */
    public static final float MARGIN = 48;

    private static final PDRectangle PAGE = PDRectangle.A4;
    /** The width between the margins, in points. */
    public static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float WIDTH = CONTENT_WIDTH;
    private static final float BODY_SIZE = 10;
    private static final float TABLE_SIZE = 9;
    private static final float SMALLEST_TABLE_SIZE = 6;
    private static final float CELL_PADDING = 6;
    private static final float BAR_HEIGHT = 9;

    private final List<Block> blocks = new ArrayList<>();

    /** How a column's cells line up. */
    public enum Align {
        LEFT,
        RIGHT
    }

    /** A table column: its header and alignment. */
    public record Column(String header, Align align) {
    }

    /** One bar: its label on the left, its length (0..1 of the chart's width) and the figure written after it. */
    public record Bar(String label, double length, String figure) {
    }

    public PdfReport title(String text) {
        blocks.add(new Text(text, true, 18, 8));
        return this;
    }

    public PdfReport heading(String text) {
        blocks.add(new Text(text, true, 12, 6));
        return this;
    }

    public PdfReport paragraph(String text) {
        blocks.add(new Text(text, false, BODY_SIZE, 8));
        return this;
    }

    public PdfReport table(List<Column> columns, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(columns), List.copyOf(rows)));
        return this;
    }

    /**
     * @param markerBefore a horizontal rule is drawn above the bar of this index, labelled {@code markerLabel} (the
     *        cost on a payout chart), or -1 for none
     */
    public PdfReport barChart(List<Bar> bars, int markerBefore, String markerLabel) {
        blocks.add(new Chart(List.copyOf(bars), markerBefore, markerLabel));
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Layout layout = new Layout(document);
            try {
                for (Block block : blocks) {
                    block.draw(layout);
                }
            } finally {
                layout.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private sealed interface Block permits Text, Table, Chart {
        void draw(Layout layout) throws IOException;
    }

    private record Text(String text, boolean bold, float size, float spaceAfter) implements Block {

        @Override
        public void draw(Layout layout) throws IOException {
            PDType1Font font = bold ? layout.bold : layout.regular;
            for (String line : layout.wrap(text, font, size, WIDTH)) {
                layout.room(size * 1.3f);
                layout.text(line, font, size, MARGIN, layout.y - size);
                layout.y -= size * 1.3f;
            }
            layout.y -= spaceAfter;
        }
    }

    private record Table(List<Column> columns, List<List<String>> rows) implements Block {

        @Override
        public void draw(Layout layout) throws IOException {
            float size = TABLE_SIZE;
            float[] widths = widths(layout, size);
            while (sum(widths) > WIDTH && size > SMALLEST_TABLE_SIZE) {
                size -= 0.5f;
                widths = widths(layout, size);
            }
            if (sum(widths) > WIDTH) {
                throw new IllegalArgumentException("a table of %d columns does not fit the page".formatted(columns
                        .size()));
            }
            float line = size * 1.5f;
            header(layout, size, widths, line);
            for (List<String> row : rows) {
                if (layout.y - line < MARGIN) {
                    layout.newPage();
                    header(layout, size, widths, line);
                }
                cells(layout, row, layout.regular, size, widths, line);
            }
            layout.y -= 10;
        }

        private void header(Layout layout, float size, float[] widths, float line) throws IOException {
            layout.room(2 * line);
            cells(layout, columns.stream()
                    .map(Column::header)
                    .toList(), layout.bold, size, widths, line);
            layout.rule(MARGIN, layout.y + 2, MARGIN + sum(widths), 0.5f);
        }

        private void cells(Layout layout, List<String> values, PDType1Font font, float size, float[] widths,
                float line) throws IOException {
            float x = MARGIN;
            for (int c = 0; c < columns.size(); c++) {
                String value = layout.printable(c < values.size() ? values.get(c) : "", font);
                float textWidth = layout.width(value, font, size);
                float left = columns.get(c)
                        .align() == Align.RIGHT ? x + widths[c] - CELL_PADDING - textWidth : x;
                layout.text(value, font, size, left, layout.y - size);
                x += widths[c];
            }
            layout.y -= line;
        }

        private float[] widths(Layout layout, float size) throws IOException {
            float[] widths = new float[columns.size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = layout.width(layout.printable(columns.get(c)
                        .header(), layout.bold), layout.bold, size) + CELL_PADDING;
                for (List<String> row : rows) {
                    if (c < row.size()) {
                        widths[c] = Math.max(widths[c], layout.width(layout.printable(row.get(c), layout.regular),
                                layout.regular, size) + CELL_PADDING);
                    }
                }
            }
            return widths;
        }
    }

    private record Chart(List<Bar> bars, int markerBefore, String markerLabel) implements Block {

        @Override
        public void draw(Layout layout) throws IOException {
            float size = TABLE_SIZE - 1;
            float labelWidth = 0;
            float figureWidth = 0;
            for (Bar bar : bars) {
                labelWidth = Math.max(labelWidth, layout.width(layout.printable(bar.label(), layout.regular),
                        layout.regular, size));
                figureWidth = Math.max(figureWidth, layout.width(layout.printable(bar.figure(), layout.regular),
                        layout.regular, size));
            }
            float barLeft = MARGIN + labelWidth + CELL_PADDING;
            float barSpace = WIDTH - labelWidth - figureWidth - 2 * CELL_PADDING;
            float line = BAR_HEIGHT + 4;
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                if (i == markerBefore) {
                    layout.room(line + size * 1.5f);
                    layout.y -= 2;
                    layout.rule(MARGIN, layout.y, MARGIN + WIDTH, 1f);
                    String label = layout.printable(markerLabel, layout.bold);
                    layout.text(label, layout.bold, size, MARGIN + WIDTH - layout.width(label, layout.bold, size),
                            layout.y - size - 1);
                    layout.y -= size * 1.5f;
                }
                layout.room(line);
                String label = layout.printable(bar.label(), layout.regular);
                layout.text(label, layout.regular, size, barLeft - CELL_PADDING - layout.width(label, layout.regular,
                        size), layout.y - size);
                float length = (float) Math.max(0, Math.min(1, bar.length())) * barSpace;
                layout.bar(barLeft, layout.y - BAR_HEIGHT, Math.max(length, 0.5f), BAR_HEIGHT);
                layout.text(layout.printable(bar.figure(), layout.regular), layout.regular, size, barLeft + length
                        + CELL_PADDING / 2, layout.y - size);
                layout.y -= line;
            }
            layout.y -= 10;
        }
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    /** The pages written so far and the cursor on the last one. */
    private static final class Layout {

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private PDPageContentStream content;
        float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code height} more points fit above the bottom margin. */
        void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void text(String text, PDType1Font font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        void rule(float from, float at, float to, float thickness) throws IOException {
            content.setLineWidth(thickness);
            content.moveTo(from, at);
            content.lineTo(to, at);
            content.stroke();
        }

        void bar(float x, float bottom, float width, float height) throws IOException {
            content.setNonStrokingColor(0.30f, 0.45f, 0.70f);
            content.addRect(x, bottom, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }

        float width(String text, PDType1Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text, font).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, font, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with every character the font cannot show replaced. */
        String printable(String text, PDType1Font font) throws IOException {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints()
                    .forEach(cp -> out.append(printable(cp, font)));
            return out.toString();
        }

        private static String printable(int cp, PDType1Font font) {
            String plain = switch (cp) {
                case '≥' -> ">=";
                case '≤' -> "<=";
                case '−' -> "-";
                case '\u00A0', '\u202F', '\u2009' -> " ";
                default -> null;
            };
            if (plain != null) {
                return plain;
            }
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                return character;
            } catch (IOException | IllegalArgumentException e) {
                return "?";
            }
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
