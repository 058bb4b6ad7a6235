#include "ui/alarms/alarmdialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

QLabel* messageLabel(const QString& message, QWidget* parent)
{
    auto* label = new QLabel(message, parent);
    label->setWordWrap(true);
    label->setObjectName(u"alarmDialogMessage"_s);
    return label;
}

} // namespace

QString operatorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

AcknowledgeDialog::AcknowledgeDialog(const QString& message, const QString& user, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Acknowledge the alarm"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(messageLabel(message, this));
    auto* form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setPlaceholderText(tr("What was done, or why no action is needed"));
    form->addRow(tr("Operator"), m_user);
    form->addRow(tr("Comment (required)"), m_comment);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &AcknowledgeDialog::update);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::update);
    update();
    resize(520, sizeHint().height());
}

QString AcknowledgeDialog::user() const
{
    return m_user->text().trimmed();
}

QString AcknowledgeDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void AcknowledgeDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty() && !comment().isEmpty());
}

ShelveDialog::ShelveDialog(const QString& message, const QString& user, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Shelve the alarm"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(messageLabel(message, this));
    auto* form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why it may be hidden for a while (a station in maintenance…)"));
    m_duration = new QComboBox(this);
    for (const int minutes : {30, 60, 120, 240, 480, 1440})
        m_duration->addItem(minutes < 60 ? tr("%n min", nullptr, minutes) : tr("%n h", nullptr, minutes / 60),
                            minutes);
    m_duration->setCurrentIndex(2);
    form->addRow(tr("Operator"), m_user);
    form->addRow(tr("Reason (required)"), m_reason);
    form->addRow(tr("For"), m_duration);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Shelve"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ShelveDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &ShelveDialog::update);
    update();
    resize(520, sizeHint().height());
}

QString ShelveDialog::user() const
{
    return m_user->text().trimmed();
}

QString ShelveDialog::reason() const
{
    return m_reason->text().trimmed();
}

std::int64_t ShelveDialog::durationMs() const
{
    return std::int64_t(m_duration->currentData().toInt()) * 60'000;
}

void ShelveDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty() && !reason().isEmpty());
}

} // namespace cityops::ui
