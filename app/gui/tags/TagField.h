#pragma once

#include <QLineEdit>

class QStringListModel;

namespace Lectern {

// Where tags are typed: completes every tag there is, for the last of several ("physics, ml/opt").
// Enter emits the text ("ml/optimization" to add the tag, "-ml" to take it off, commas between
// several); Escape gives up and hands the keyboard back.
class TagField : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagField(QWidget *parent = nullptr);

    void setTagPaths(const QStringList &paths);

Q_SIGNALS:
    void tagEntered(const QString &text);
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringListModel *m_paths;
};

} // namespace Lectern
