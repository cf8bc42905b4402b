#pragma once

// Inputs that several import tests read. Header-only, Qt Core alone; apart from TestKit.h, which most tests include,
// so that a new input does not rebuild them all.

#include <QByteArray>

namespace Lectern::TestKit {

// A CSL-JSON list on one line, as pandoc and many tools write it: count items of about 600 bytes, "item1" to
// "itemN", titled "Paper N on \"quoted\" {braces} and [brackets]" (what a reader must not take for structure).
inline QByteArray cslJsonOnOneLine(int count)
{
    QByteArray json("[");
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            json.append(',');
        json.append("{\"id\":\"item").append(QByteArray::number(i));
        json.append("\",\"type\":\"article-journal\",\"title\":\"Paper ").append(QByteArray::number(i));
        json.append(" on \\\"quoted\\\" {braces} and [brackets]\",\"abstract\":\"");
        json.append(QByteArray("An abstract that goes on. ").repeated(20)).append("\"}");
    }
    return json.append(']');
}

// An arXiv API feed on one line, as some tools write it: count entries of about 750 bytes, ids 2306.00001 to
// 2306.NNNNN (count < 100,000), titled "Paper N &amp; a &lt;title&gt;" in the XML ("Paper N & a <title>" read), the
// first author Ada Lovelace, the primary category cs.LG.
inline QByteArray arxivAtomOnOneLine(int count)
{
    QByteArray feed("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
                    "xmlns:arxiv=\"http://arxiv.org/schemas/atom\"><title>arXiv Query: results</title>");
    for (int i = 1; i <= count; ++i) {
        feed.append("<entry><id>http://arxiv.org/abs/2306.").append(QByteArray::number(i).rightJustified(5, '0'));
        feed.append("v1</id><published>2023-06-02T17:59:58Z</published><title>Paper ").append(QByteArray::number(i));
        feed.append(" &amp; a &lt;title&gt;</title><summary>");
        feed.append(QByteArray("An abstract that goes on. ").repeated(20)).append("</summary>");
        feed.append("<author><name>Ada Lovelace</name></author><author><name>Alan Turing</name></author>"
                    "<arxiv:primary_category term=\"cs.LG\"/><category term=\"cs.LG\"/></entry>");
    }
    return feed.append("</feed>");
}

} // namespace Lectern::TestKit
