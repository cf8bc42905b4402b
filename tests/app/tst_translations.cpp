#include "GuiTestSupport.h"

#include "gui/Translations.h"
#include "gui/tags/TagField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 11: in German Qt's own texts are German too (the standard buttons, the names of keys), the keys
// Lectern writes are the desktop's ("Strg+T"), and in the C locale the plurals read "1 paper", "2 papers".
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void german_translatesQtsOwnTexts_andTheKeys();
    void theCLocale_getsEnglishPlurals_data();
    void theCLocale_getsEnglishPlurals();

private:
    static void removeTranslations();

    GuiTest::WindowFixture m_fixture;
};

void TestTranslations::initTestCase()
{
    m_fixture.isolateSettings(u"tst_translations"_s);
}

void TestTranslations::init()
{
    m_fixture.reset();
}

void TestTranslations::cleanup()
{
    m_fixture.closeWindow();
    removeTranslations();
}

void TestTranslations::removeTranslations()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::german_translatesQtsOwnTexts_andTheKeys()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany), QStringLiteral(LECTERN_QM_DIR));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    const QString ctrlT = QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText);
    QCOMPARE(ctrlT, u"Strg+T"_s);

    m_fixture.addPapers({GuiTest::makePaper(u"Ein Paper"_s, u"Eine Zusammenfassung."_s)});
    QVERIFY(m_fixture.openWindow());
    const QString placeholder = m_fixture.child<TagField>(u"tagField"_s)->placeholderText();
    QVERIFY2(placeholder.contains(u"Strg+T"), qPrintable(placeholder));
    QVERIFY2(!placeholder.contains(u"Ctrl"), qPrintable(placeholder));
}

void TestTranslations::theCLocale_getsEnglishPlurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("C") << QLocale::c();
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestTranslations::theCLocale_getsEnglishPlurals()
{
    QFETCH(QLocale, locale);
    installTranslations(*QCoreApplication::instance(), locale, QStringLiteral(LECTERN_QM_DIR));
    m_fixture.addPapers({GuiTest::makePaper(u"Only paper"_s, u"Alone."_s)});
    QVERIFY(m_fixture.openWindow());
    QCOMPARE(m_fixture.child<QLabel>(u"paperCount"_s)->text(), u"1 paper"_s);
    QCOMPARE(MainWindow::tr("%n papers", nullptr, 2), u"2 papers"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
