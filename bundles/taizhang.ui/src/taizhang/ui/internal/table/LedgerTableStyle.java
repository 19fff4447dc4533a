package taizhang.ui.internal.table;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;

/**
 * How the ledger table looks: texts left-aligned with some padding, short values centred, and a
 * selected row marked by its colour only (NatTable's default bold italic suits Chinese badly).
 */
final class LedgerTableStyle {

	private static final String CENTERED = "taizhang.centered"; //$NON-NLS-1$

	private LedgerTableStyle() {
	}

	/** Labels the body's cells so that the styles below can tell the columns apart. */
	static void labelColumns(DataLayer body) {
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(body);
		for (IssueColumn column : IssueColumn.values()) {
			if (column.centered()) {
				labels.registerColumnOverrides(column.ordinal(), CENTERED);
			}
		}
		body.setConfigLabelAccumulator(labels);
	}

	/** The table-wide style. */
	static DefaultNatTableStyleConfiguration table() {
		DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
		style.hAlign = HorizontalAlignmentEnum.LEFT;
		style.cellPainter = new PaddingDecorator(new TextPainter(), 0, 6, 0, 6);
		return style;
	}

	/** Centres the cells of the short columns, selected or not. */
	static AbstractRegistryConfiguration centeredColumns() {
		return new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style centered = new Style();
				centered.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centered, DisplayMode.NORMAL, CENTERED);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centered, DisplayMode.SELECT, CENTERED);
			}
		};
	}

	/** Whole-row selection, drawn in the selection colour with the normal font. */
	static DefaultRowSelectionLayerConfiguration rowSelection() {
		return new DefaultRowSelectionLayerConfiguration() {
			@Override
			protected void addSelectionStyleConfig() {
				DefaultSelectionStyleConfiguration style = new DefaultSelectionStyleConfiguration();
				style.selectionFont = GUIHelper.DEFAULT_FONT;
				style.selectionBgColor = GUIHelper.getColor(204, 224, 255);
				style.selectionFgColor = GUIHelper.COLOR_BLACK;
				style.anchorBgColor = style.selectionBgColor;
				style.anchorFgColor = style.selectionFgColor;
				style.selectedHeaderFont = GUIHelper.DEFAULT_FONT;
				addConfiguration(style);
			}
		};
	}
}
