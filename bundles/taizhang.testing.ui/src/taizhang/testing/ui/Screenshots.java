package taizhang.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Pictures of the workbench for review, saved by the UI tests under the build's target folder. */
public final class Screenshots {

	private Screenshots() {
	}

	/**
	 * Saves what the screen shows where {@code shell} is (dialogs over it included) as
	 * {@code target/screenshots/NAME.png}. The caller lets pending paints happen first.
	 */
	public static Path save(Shell shell, String name) throws IOException {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		try {
			GC gc = new GC(shell.getDisplay());
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			return write(image, name);
		} finally {
			image.dispose();
		}
	}

	/** Writes {@code image} as {@code target/screenshots/NAME.png}. */
	public static Path write(Image image, String name) throws IOException {
		Path folder = outputFolder().resolve("screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/** The build's target folder (the build sets {@code taizhang.test.output}), else ./target. */
	public static Path outputFolder() {
		String configured = System.getProperty("taizhang.test.output");
		return Path.of(configured == null || configured.isBlank() ? "target" : configured).toAbsolutePath();
	}
}
