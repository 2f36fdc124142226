package org.attune.analysis.chart;

/** A picture for papers, laid out once and drawn on any {@link ChartCanvas}. */
public interface Chart {

    int width();

    int height();

    /** Draws the whole chart, background included. */
    void paint(ChartCanvas canvas);
}
