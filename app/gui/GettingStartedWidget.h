#pragma once

#include <QFrame>

namespace Lectern {

// The banner an empty library shows above the list: a sample to try, or the way to import papers.
class GettingStartedWidget : public QFrame
{
    Q_OBJECT

public:
    explicit GettingStartedWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void importSampleRequested();
    void importPapersRequested();
};

} // namespace Lectern
