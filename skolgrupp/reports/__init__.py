"""PDF documents built with reportlab: session summaries and plans, term reports, cycle
reports, observation sheets and year summaries. Part of the Qt-free core."""
