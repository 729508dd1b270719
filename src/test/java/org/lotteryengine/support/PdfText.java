package org.lotteryengine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF as PDFBox' text stripper reads it, with every glyph that lies outside the page's margins: what a reader of the
 * printed page would find, and what would be clipped.
 *
 * @param text the text, page after page
 * @param pages the number of pages
 * @param outside each glyph outside the margins, as "page N: 'c' at x..x"
 */
public record PdfText(String text, int pages, List<String> outside) {

    public static PdfText of(byte[] pdf, float margin) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition glyph : positions) {
                        float left = glyph.getXDirAdj();
                        float right = left + glyph.getWidthDirAdj();
                        float top = glyph.getYDirAdj() - glyph.getHeightDir();
                        float width = glyph.getPageWidth();
                        float height = glyph.getPageHeight();
                        // Half a point of slack: glyph widths are rounded in the font metrics.
                        if (left < margin - 0.5f || right > width - margin + 0.5f || top < margin - 12
                                || glyph.getYDirAdj() > height - margin + 3) {
                            outside.add("page %d: '%s' at x %.1f..%.1f, y %.1f".formatted(getCurrentPageNo(), glyph
                                    .getUnicode(), left, right, glyph.getYDirAdj()));
                        }
                    }
                    super.writeString(string, positions);
                }
            };
            String text = stripper.getText(document);
            return new PdfText(text, document.getNumberOfPages(), outside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
