#pragma once

// The export fixtures (tests/data/export/*.json) as papers: what tst_exporters compares with its references and
// tst_formatconsumers feeds to other programs. Header-only: it needs Qt Core and lectern_core.

#include "library/PaperJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace Lectern::TestKit {

inline QString exportDataPath(const QString &name)
{
    return QStringLiteral(LECTERN_TEST_DATA "/export/") + name;
}

// A JSON array of papers in the shape of Lectern's JSON output (PaperJson), so that a fixture can hold every field a
// paper has. Authors may also be names written as text ("authors": ["Erwin Schrödinger"]) where a fixture gives no
// "author_names": papers.json predates the structured names.
inline QList<Paper> exportFixture(const QString &name)
{
    QFile file(exportDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Paper> papers;
    for (const QJsonValue value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject object = value.toObject();
        Paper paper = paperFromJson(object);
        if (!object.contains(u"author_names"))
            for (const QJsonValue author : object.value(u"authors").toArray())
                paper.authors.append(Person::fromText(author.toString()));
        papers.append(paper);
    }
    return papers;
}

} // namespace Lectern::TestKit
