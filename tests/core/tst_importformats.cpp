// Golden files for every format Lectern reads: tests/data/import/<format>/ holds cases, each an input file
// (any name but *.expected.json) and what reading it gives, <case>.expected.json: the format it is recognised as
// and its papers in the JSON shape of 'lectern show --format json' (empty fields left out), or the error.
// A format with no case fails. The expectations are rewritten only on purpose:
//     cmake --build build --target update_import_expectations   (then read the diff before committing it)

#include "import/PaperReader.h"
#include "library/PaperJson.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

QString casesFolder()
{
    return QStringLiteral(LECTERN_TEST_DATA "/import");
}

// What a source file gave: the library's own fields (id, dates, source) are not the reader's.
QJsonObject readerFields(const Paper &paper)
{
    QJsonObject object = paperToJson(paper);
    for (const char *key : {"id", "added", "source", "highlights"})
        object.remove(QLatin1StringView(key));
    for (const QString &key : object.keys()) {
        const QJsonValue value = object.value(key);
        const bool empty = value.isNull() || (value.isArray() && value.toArray().isEmpty())
                        || (value.isString() && value.toString().isEmpty());
        if (empty)
            object.remove(key);
    }
    // Inbox and no rating are every import's default, not something a file said.
    if (object.value(u"status") == u"inbox"_s)
        object.remove(u"status"_s);
    if (object.value(u"rating") == 0)
        object.remove(u"rating"_s);
    return object;
}

QString errorText(const Error &error)
{
    // The folder is the machine's: expectations name the file alone.
    Error local = error;
    local.file = QFileInfo(error.file).fileName();
    return local.toString();
}

// What reading one input gives, in the expectation's shape.
QJsonObject readCase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{u"error"_s, file.errorString()}};
    TextInput input(file, path);
    const Format *format = recognizeFormat(input.head());
    QJsonObject result{{u"format"_s, format ? QString::fromLatin1(format->name) : QString()}};
    if (!format)
        return result;
    // Read on one fixed day, so that a date without a year (a day's list's "Jun 13") is dated the same every run.
    ImportOptions options;
    options.clock = [] { return QDateTime(QDate(2025, 6, 20), QTime(12, 0), QTimeZone::UTC); };
    const std::unique_ptr<PaperReader> reader = format->open(input, options);
    QJsonArray papers;
    QJsonArray warnings;
    for (;;) {
        auto paper = reader->next();
        for (const Error &warning : reader->takeWarnings())
            warnings.append(errorText(warning));
        if (!paper) {
            result.insert(u"error"_s, errorText(paper.error()));
            break;
        }
        if (!*paper)
            break;
        papers.append(readerFields(**paper));
    }
    result.insert(u"papers"_s, papers);
    if (!warnings.isEmpty())
        result.insert(u"warnings"_s, warnings);
    return result;
}

QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormat_hasACase_data();
    void everyFormat_hasACase();
    void eachCase_givesItsExpectation_data();
    void eachCase_givesItsExpectation();
};

void TestImportFormats::everyFormat_hasACase_data()
{
    QTest::addColumn<QString>("format");
    for (const Format &format : formats())
        QTest::newRow(format.name) << QString::fromLatin1(format.name);
}

void TestImportFormats::everyFormat_hasACase()
{
    QFETCH(QString, format);
    const QStringList expectations = QDir(casesFolder() + u'/' + format).entryList({u"*.expected.json"_s}, QDir::Files);
    QVERIFY2(!expectations.isEmpty(), qPrintable(u"no golden case for the format "_s + format));
}

void TestImportFormats::eachCase_givesItsExpectation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectation");
    for (const QFileInfo &folder : QDir(casesFolder()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &file : QDir(folder.filePath()).entryInfoList(QDir::Files, QDir::Name)) {
            if (file.fileName().endsWith(u".expected.json"_s))
                continue;
            const QString expectation = file.path() + u'/' + file.baseName() + u".expected.json"_s;
            const QString name = folder.fileName() + u'/' + file.fileName();
            QTest::newRow(qPrintable(name)) << file.filePath() << expectation;
        }
    }
}

void TestImportFormats::eachCase_givesItsExpectation()
{
    QFETCH(QString, input);
    QFETCH(QString, expectation);
    const QByteArray actual = pretty(readCase(input));
    if (qEnvironmentVariableIsSet("LECTERN_UPDATE_EXPECTED")) {
        QFile out(expectation);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    QFile expected(expectation);
    QVERIFY2(expected.open(QIODevice::ReadOnly),
             qPrintable(u"no expectation "_s + expectation + u" (make it with the target update_import_expectations)"_s));
    const QByteArray wanted = pretty(QJsonDocument::fromJson(expected.readAll()).object());
    if (actual != wanted) {
        const QString actualPath = QDir::temp().filePath(QFileInfo(expectation).fileName());
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual);
        QFAIL(qPrintable(u"differs from "_s + expectation + u"; what was read is in "_s + actualPath));
    }
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
