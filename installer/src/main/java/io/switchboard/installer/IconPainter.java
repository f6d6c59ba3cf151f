package io.switchboard.installer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Build step: paints the launcher icon (a patch panel: two jacks joined by a cord) as a 256 px PNG, so
 * no binary image lives in the source tree. Shapes only, no fonts. {@code IconPainter OUT.png}
 */
public final class IconPainter {
    private static final int SIZE = 256;

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0B, 0x5C, 0xAD));
        g.fill(new RoundRectangle2D.Double(8, 8, SIZE - 16, SIZE - 16, 56, 56));
        g.setColor(new Color(0xFF, 0xFF, 0xFF, 0x50));
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                g.fill(jack(64 + column * 64, 64 + row * 64, 14));
            }
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D cord = new Path2D.Double();
        cord.moveTo(64, 64);
        cord.curveTo(64, 200, 192, 60, 192, 192);
        g.draw(cord);
        g.fill(jack(64, 64, 24));
        g.fill(jack(192, 192, 24));
        g.dispose();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
    }

    private static Ellipse2D jack(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
    }
}
