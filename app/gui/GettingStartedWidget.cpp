#include "gui/GettingStartedWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

GettingStartedWidget::GettingStartedWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);

    auto *text = new QLabel(tr("Your library is empty. Try the sample to see how Lectern works, "
                               "or import a list of papers; you can also drop files on the window."));
    text->setWordWrap(true);

    auto *sampleButton = new QPushButton(tr("Import the Getting Started sample"));
    sampleButton->setObjectName(QStringLiteral("importSampleButton"));
    connect(sampleButton, &QPushButton::clicked, this, &GettingStartedWidget::importSampleRequested);

    auto *papersButton = new QPushButton(tr("Import papers..."));
    papersButton->setObjectName(QStringLiteral("importPapersButton"));
    connect(papersButton, &QPushButton::clicked, this, &GettingStartedWidget::importPapersRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(sampleButton);
    buttons->addWidget(papersButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(buttons);
}

} // namespace Lectern
