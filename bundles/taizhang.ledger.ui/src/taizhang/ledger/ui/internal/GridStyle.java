package taizhang.ledger.ui.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import taizhang.ledger.ColumnType;
import taizhang.model.WarningLevel;

/**
 * How the grid looks: texts with some padding, short values centred, rows tinted by their warning
 * with the warning column as a coloured light, group rows in bold on grey, a refused cell framed
 * in red, and a filter cell whose text does not parse in red.
 */
final class GridStyle {

	/** Cells of a group's header row. */
	static final String GROUP = "taizhang.group"; //$NON-NLS-1$
	/** Cells of short values (dates, states, names). */
	static final String CENTERED = "taizhang.centered"; //$NON-NLS-1$
	/** Cells the user may edit. */
	static final String EDITABLE = "taizhang.editable"; //$NON-NLS-1$
	/** Prefix of the label naming a cell's column type: {@code taizhang.type.DATE}. */
	static final String TYPE = "taizhang.type."; //$NON-NLS-1$
	/** Prefix of the label naming a row's warning: {@code taizhang.warning.RED}. */
	static final String WARNING = "taizhang.warning."; //$NON-NLS-1$
	/** The cell of the warning column. */
	static final String LIGHT = "taizhang.light"; //$NON-NLS-1$
	/** The cell whose last edit was refused. */
	static final String REFUSED = "taizhang.refused"; //$NON-NLS-1$
	/** A filter cell whose expression does not parse. */
	static final String FILTER_ERROR = "taizhang.filterError"; //$NON-NLS-1$

	private GridStyle() {
	}

	static String typeLabel(ColumnType type) {
		return TYPE + type.name();
	}

	static String warningLabel(WarningLevel level) {
		return WARNING + level.name();
	}

	/** The light's colour. */
	static Color lightColor(WarningLevel level) {
		return switch (level) {
			case RED -> GUIHelper.getColor(214, 48, 49);
			case YELLOW -> GUIHelper.getColor(240, 180, 0);
			case BLUE -> GUIHelper.getColor(41, 121, 212);
		};
	}

	/** The light tint of a row with the warning. */
	static Color rowTint(WarningLevel level) {
		return switch (level) {
			case RED -> GUIHelper.getColor(253, 226, 226);
			case YELLOW -> GUIHelper.getColor(255, 245, 204);
			case BLUE -> GUIHelper.getColor(224, 236, 252);
		};
	}

	/** The table-wide style. */
	static DefaultNatTableStyleConfiguration table() {
		DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
		style.hAlign = HorizontalAlignmentEnum.LEFT;
		style.cellPainter = new PaddingDecorator(new TextPainter(), 0, 6, 0, 6);
		return style;
	}

	/** Selected cells in the selection colour with the normal font (bold italic suits Chinese badly). */
	static DefaultSelectionStyleConfiguration selection() {
		DefaultSelectionStyleConfiguration style = new DefaultSelectionStyleConfiguration();
		style.selectionFont = GUIHelper.DEFAULT_FONT;
		style.selectionBgColor = GUIHelper.getColor(204, 224, 255);
		style.selectionFgColor = GUIHelper.COLOR_BLACK;
		style.anchorBgColor = GUIHelper.getColor(170, 200, 250);
		style.anchorFgColor = GUIHelper.COLOR_BLACK;
		style.anchorBorderStyle = new BorderStyle(2, GUIHelper.getColor(41, 98, 196), LineStyleEnum.SOLID);
		style.selectedHeaderFont = GUIHelper.DEFAULT_FONT;
		return style;
	}

	/**
	 * The styles and painters of the labels above. {@code frozen} tells whether columns are frozen:
	 * then a group's label stays at the row's start, else it follows the horizontal scrolling.
	 */
	static AbstractRegistryConfiguration labels(BooleanSupplier frozen) {
		return new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style centered = new Style();
				centered.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centered, DisplayMode.NORMAL, CENTERED);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centered, DisplayMode.SELECT, CENTERED);

				for (WarningLevel level : WarningLevel.values()) {
					Style tint = new Style();
					tint.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, rowTint(level));
					registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, tint, DisplayMode.NORMAL,
							warningLabel(level));
				}
				registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
						new BackgroundPainter(new WarningLightPainter()), DisplayMode.NORMAL, LIGHT);

				Style group = new Style();
				group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(235, 237, 240));
				group.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, GROUP);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new GroupRowPainter(frozen),
						DisplayMode.NORMAL, GROUP);

				ICellPainter framed = new LineBorderDecorator(new PaddingDecorator(new TextPainter(), 0, 6, 0, 6),
						new BorderStyle(2, GUIHelper.getColor(214, 48, 49), LineStyleEnum.SOLID));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, framed, DisplayMode.NORMAL, REFUSED);

				Style filterError = new Style();
				filterError.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(253, 226, 226));
				filterError.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.getColor(180, 20, 20));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, filterError, DisplayMode.NORMAL,
						FILTER_ERROR);

				Style filterRow = new Style();
				filterRow.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(250, 250, 245));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, filterRow, DisplayMode.NORMAL,
						GridRegion.FILTER_ROW);
			}
		};
	}

	/**
	 * A group row spans the whole row; its label is drawn at the left edge of what is in view, so
	 * that it stays readable when the grid is scrolled sideways.
	 */
	private static final class GroupRowPainter extends AbstractCellPainter {

		private final ICellPainter text = new PaddingDecorator(new TextPainter(false, true, false), 0, 6, 0, 6);
		private final BooleanSupplier frozen;

		GroupRowPainter(BooleanSupplier frozen) {
			this.frozen = frozen;
		}

		@Override
		public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
			Rectangle clip = gc.getClipping();
			// With frozen columns the frozen part shows the label; the scrolled part must not repeat it.
			int left = frozen.getAsBoolean() ? bounds.x : Math.max(bounds.x, clip.x);
			Rectangle shown = new Rectangle(left, bounds.y, Math.max(0, bounds.x + bounds.width - left), bounds.height);
			text.paintCell(cell, gc, shown, configRegistry);
		}

		@Override
		public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
			return text.getPreferredWidth(cell, gc, configRegistry);
		}

		@Override
		public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
			return text.getPreferredHeight(cell, gc, configRegistry);
		}
	}

	/** A filled circle in the colour of the row's warning; nothing when there is none. */
	private static final class WarningLightPainter extends AbstractCellPainter {

		private static final int DIAMETER = 12;

		@Override
		public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
			WarningLevel level = levelOf(cell);
			if (level == null) {
				return;
			}
			int x = bounds.x + (bounds.width - DIAMETER) / 2;
			int y = bounds.y + (bounds.height - DIAMETER) / 2;
			Color background = gc.getBackground();
			int antialias = gc.getAntialias();
			gc.setAntialias(SWT.ON);
			gc.setBackground(lightColor(level));
			gc.fillOval(x, y, DIAMETER, DIAMETER);
			gc.setBackground(background);
			gc.setAntialias(antialias);
		}

		private static WarningLevel levelOf(ILayerCell cell) {
			for (WarningLevel level : WarningLevel.values()) {
				if (cell.getConfigLabels().hasLabel(warningLabel(level))) {
					return level;
				}
			}
			return null;
		}

		@Override
		public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
			return DIAMETER + 8;
		}

		@Override
		public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
			return DIAMETER + 4;
		}
	}
}
