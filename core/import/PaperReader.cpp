#include "import/PaperReader.h"

#include "import/ArxivAtomReader.h"
#include "import/ArxivJsonLinesReader.h"
#include "import/BibTexReader.h"
#include "import/CslJsonReader.h"
#include "import/DailyPapersReader.h"
#include "import/LecternJsonReader.h"
#include "import/RisReader.h"

#include <QBuffer>
#include <QCoreApplication>

namespace Lectern {

QString Format::displayTitle() const
{
    return QCoreApplication::translate("Lectern::Formats", title);
}

const QList<Format> &formats()
{
    static const QList<Format> all{
        // Its header line is a JSON object too: it goes before the other JSON formats.
        lecternJsonFormat(),
        risFormat(),
        // The snapshot's lines are JSON objects: it goes before CSL-JSON, which would take a single item.
        arxivJsonLinesFormat(),
        cslJsonFormat(),
        arxivAtomFormat(),
        bibtexFormat(),
        // The daily list is plain prose and recognises almost anything: it stays last.
        dailyPapersFormat(),
    };
    return all;
}

const Format *formatNamed(QStringView name)
{
    for (const Format &format : formats())
        if (name.compare(QLatin1StringView(format.name), Qt::CaseInsensitive) == 0)
            return &format;
    return nullptr;
}

const Format *recognizeFormat(QStringView head)
{
    for (const Format &format : formats())
        if (format.recognizes(head))
            return &format;
    return nullptr;
}

QString formatNames()
{
    QStringList names;
    for (const Format &format : formats())
        names.append(QLatin1StringView(format.name));
    return names.join(QStringLiteral(", "));
}

Expected<QList<Paper>> readPapers(const Format &format, QIODevice &device, const QString &name,
                                  const ImportOptions &options)
{
    TextInput input(device, name);
    const std::unique_ptr<PaperReader> reader = format.open(input, options);
    QList<Paper> papers;
    while (true) {
        auto paper = reader->next();
        if (!paper)
            return paper.error();
        if (!*paper)
            return papers;
        papers.append(std::move(**paper));
    }
}

Expected<QList<Paper>> readPapers(const Format &format, const QString &text, const QString &name,
                                  const ImportOptions &options)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readPapers(format, buffer, name, options);
}

} // namespace Lectern
