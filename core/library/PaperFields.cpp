#include "library/PaperFields.h"

#include "library/Library.h"
#include "library/PaperJson.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

using Text = QString Paper::*;

PaperField textField(const char *name, Text member, QStringList editNames = {})
{
    const QString fieldName = QString::fromLatin1(name);
    editNames.prepend(fieldName);
    return {fieldName, editNames, [member](const Paper &p) { return (p.*member).trimmed().isEmpty(); },
            [member](Paper &to, const Paper &from) { to.*member = from.*member; },
            [member](const Paper &p) { return PaperText::singleLine(p.*member); }};
}

QString peopleText(const QList<Person> &people)
{
    return displayNames(people).join(QStringLiteral("; "));
}

QList<PaperField> makeFields()
{
    using L = QStringList;
    QList<PaperField> fields{
        textField("type", &Paper::type, L{QStringLiteral("entry-type")}),
        textField("title", &Paper::title),
        {QStringLiteral("authors"), L{QStringLiteral("authors"), QStringLiteral("author")},
         [](const Paper &p) { return p.authors.isEmpty(); }, [](Paper &to, const Paper &from) { to.authors = from.authors; },
         [](const Paper &p) { return peopleText(p.authors); }},
        {QStringLiteral("editors"), L{QStringLiteral("editors"), QStringLiteral("editor")},
         [](const Paper &p) { return p.editors.isEmpty(); }, [](Paper &to, const Paper &from) { to.editors = from.editors; },
         [](const Paper &p) { return peopleText(p.editors); }},
        textField("year", &Paper::published, L{QStringLiteral("date"), QStringLiteral("published")}),
        textField("abstract", &Paper::abstract),
        textField("arxiv", &Paper::arxivId, L{QStringLiteral("arxiv-id"), QStringLiteral("arxiv_id"), QStringLiteral("eprint")}),
        textField("category", &Paper::arxivCategory, L{QStringLiteral("arxiv-category")}),
        textField("doi", &Paper::doi),
        textField("container", &Paper::container, L{QStringLiteral("journal")}),
        textField("volume", &Paper::volume),
        textField("issue", &Paper::issue, L{QStringLiteral("number")}),
        textField("pages", &Paper::pages),
        textField("publisher", &Paper::publisher),
        textField("isbn", &Paper::isbn),
        textField("issn", &Paper::issn),
        textField("language", &Paper::language),
        {QStringLiteral("links"), L{QStringLiteral("links"), QStringLiteral("url"), QStringLiteral("urls")},
         [](const Paper &p) { return p.links.isEmpty(); }, [](Paper &to, const Paper &from) { to.links = from.links; },
         [](const Paper &p) {
             QStringList urls;
             for (const Link &link : p.links)
                 urls.append(link.url);
             return urls.join(u' ');
         }},
        {QStringLiteral("extra"), L{QStringLiteral("extra"), QStringLiteral("extra-fields")},
         [](const Paper &p) { return p.extraFields.isEmpty(); },
         [](Paper &to, const Paper &from) { to.extraFields = from.extraFields; },
         [](const Paper &p) {
             QStringList fields;
             for (const ExtraField &field : p.extraFields)
                 fields.append(field.name + u'=' + PaperText::singleLine(field.value));
             return fields.join(QStringLiteral("; "));
         }},
    };
    return fields;
}

// One statement per field; member is the text it stores, for the fields that are one text.
struct FieldSql
{
    const char *name;
    const char *sql;
    QString Paper::*member = nullptr;
};
const FieldSql FieldStatements[] = {
    {"type", "UPDATE papers SET entry_type = ? WHERE id = ?", &Paper::type},
    {"title", "UPDATE papers SET title = ?, title_key = ? WHERE id = ?"},
    {"authors", "UPDATE papers SET authors = ?, author_names = ? WHERE id = ?"},
    {"editors", "UPDATE papers SET editor_names = ? WHERE id = ?"},
    {"year", "UPDATE papers SET published = ?, published_sort = ? WHERE id = ?"},
    {"abstract", "UPDATE papers SET abstract = ? WHERE id = ?", &Paper::abstract},
    {"arxiv", "UPDATE papers SET arxiv_id = ? WHERE id = ?"},
    {"category", "UPDATE papers SET arxiv_category = ? WHERE id = ?", &Paper::arxivCategory},
    {"doi", "UPDATE papers SET doi = ? WHERE id = ?"},
    {"container", "UPDATE papers SET container = ? WHERE id = ?", &Paper::container},
    {"volume", "UPDATE papers SET volume = ? WHERE id = ?", &Paper::volume},
    {"issue", "UPDATE papers SET issue = ? WHERE id = ?", &Paper::issue},
    {"pages", "UPDATE papers SET pages = ? WHERE id = ?", &Paper::pages},
    {"publisher", "UPDATE papers SET publisher = ? WHERE id = ?", &Paper::publisher},
    {"isbn", "UPDATE papers SET isbn = ? WHERE id = ?", &Paper::isbn},
    {"issn", "UPDATE papers SET issn = ? WHERE id = ?", &Paper::issn},
    {"language", "UPDATE papers SET language = ? WHERE id = ?", &Paper::language},
    {"extra", "UPDATE papers SET extra_fields = ? WHERE id = ?"},
};

Status storeLinks(Database &db, const Paper &paper)
{
    Statement clear(db, "DELETE FROM links WHERE paper_id = ?");
    if (auto s = clear.bind(1, paper.id).run(); !s)
        return s;
    Statement insert(db, "INSERT INTO links(paper_id, position, url, kind) VALUES (?, ?, ?, ?)");
    for (qsizetype position = 0; position < paper.links.size(); ++position) {
        const Link &link = paper.links[position];
        insert.bind(1, paper.id).bind(2, qint64(position)).bind(3, link.url);
        insert.bind(4, link.kind == Link::Kind::Code ? QStringLiteral("code") : QStringLiteral("page"));
        if (auto s = insert.run(); !s)
            return s;
    }
    return success();
}

} // namespace

const QList<PaperField> &paperFields()
{
    static const QList<PaperField> fields = makeFields();
    return fields;
}

const PaperField *paperField(const QString &name)
{
    for (const PaperField &field : paperFields())
        if (field.name == name)
            return &field;
    return nullptr;
}

namespace PaperFields {

Status store(Library &library, const Paper &paper, const QStringList &names)
{
    Database &db = library.db();
    for (const QString &name : names) {
        if (name == u"links") {
            if (auto s = storeLinks(db, paper); !s)
                return s;
            continue;
        }
        const FieldSql *field = nullptr;
        for (const FieldSql &candidate : FieldStatements)
            if (name == QLatin1StringView(candidate.name))
                field = &candidate;
        if (!field)
            return Error{QCoreApplication::translate("Lectern::PaperFields", "a paper has no field \"%1\"").arg(name)};
        Statement update(db, field->sql);
        // The value, and for the fields stored twice (a key, a sortable form) the second column, then the id.
        int idColumn = 2;
        if (name == u"title") {
            update.bind(1, paper.title).bind(2, PaperText::titleKey(paper.title));
            idColumn = 3;
        } else if (name == u"authors") {
            update.bind(1, displayNamesColumn(paper.authors)).bindOptional(2, peopleColumn(paper.authors));
            idColumn = 3;
        } else if (name == u"year") {
            update.bindOptional(1, paper.published).bindOptional(2, PaperText::sortableDate(paper.published));
            idColumn = 3;
        } else if (name == u"editors") {
            update.bindOptional(1, peopleColumn(paper.editors));
        } else if (name == u"arxiv") {
            update.bindOptional(1, paper.arxivId);
        } else if (name == u"doi") {
            update.bindOptional(1, paper.doi.toLower());
        } else if (name == u"extra") {
            update.bindOptional(1, extraFieldsColumn(paper.extraFields));
        } else {
            update.bind(1, paper.*(field->member));
        }
        update.bind(idColumn, paper.id);
        if (auto s = update.run(); !s)
            return Error{QCoreApplication::translate("Lectern::PaperFields", "cannot store the %1 of paper %2: %3")
                             .arg(name).arg(paper.id).arg(s.error().message)};
    }
    return success();
}

QSet<QString> editedByUser(Library &library, qint64 paperId)
{
    // Recorded by the editor (lectern edit, the window's Edit mode) as kind 'field-edited', detail the field's name.
    Statement q(library.db(), "SELECT DISTINCT detail FROM paper_events WHERE paper_id = ? AND kind = 'field-edited'");
    q.bind(1, paperId);
    QSet<QString> edited;
    while (q.step()) {
        // One of the other fields ("extra.file") is an edit of them all: an import fills none of them in.
        const QString name = q.text(0).startsWith(u"extra.") ? QStringLiteral("extra") : q.text(0);
        for (const PaperField &field : paperFields())
            if (field.editNames.contains(name, Qt::CaseInsensitive))
                edited.insert(field.name);
    }
    return edited;
}

QStringList fillable(Library &library, const Paper &stored, const Paper &from)
{
    QStringList names;
    QSet<QString> edited;
    bool editsRead = false;
    for (const PaperField &field : paperFields()) {
        if (!field.isEmpty(stored) || field.isEmpty(from))
            continue;
        // "misc" says only that the source knew no better type (Lectern's own BibTeX export writes it for a paper
        // of no type): no news, and a re-import of one's own export would otherwise update every paper.
        if (field.name == u"type" && from.type == u"misc")
            continue;
        if (!editsRead) {
            edited = editedByUser(library, stored.id);
            editsRead = true;
        }
        if (!edited.contains(field.name))
            names.append(field.name);
    }
    return names;
}

} // namespace PaperFields

} // namespace Lectern
