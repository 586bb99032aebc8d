using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>The words states are stored as: the ones operators read, and the ones the schema's CHECK constraints allow.</summary>
public sealed class StoredWordsTests
{
    [TestCase(OutboxState.Queued, "queued")]
    [TestCase(OutboxState.Sending, "sending")]
    [TestCase(OutboxState.RetryWaiting, "retry-waiting")]
    [TestCase(OutboxState.Delivered, "delivered")]
    [TestCase(OutboxState.DeadLettered, "dead-lettered")]
    public void Outbox_states_are_stored_as_kebab_case_words(OutboxState state, string word)
    {
        Assert.That(KebabNames<OutboxState>.Word(state), Is.EqualTo(word));
        Assert.That(KebabNames<OutboxState>.Parse(word), Is.EqualTo(state));
    }

    [Test]
    public void Every_stored_word_is_allowed_by_the_schema()
    {
        var words = Enum.GetValues<OutboxState>().Select(KebabNames<OutboxState>.Word)
            .Concat(Enum.GetValues<RequestDirection>().Select(KebabNames<RequestDirection>.Word))
            .Concat(Enum.GetValues<IntakeOutcome>().Select(KebabNames<IntakeOutcome>.Word));

        Assert.That(words, Has.All.Matches<string>(word => SchemaV1.Sql.Contains($"'{word}'", StringComparison.Ordinal)));
        // The requests table as the latest step that rebuilt it left it (the v2 response statuses).
        Assert.That(Enum.GetValues<RequestStatus>().Select(KebabNames<RequestStatus>.Word),
            Has.All.Matches<string>(word => SchemaResponseStatusesV2.Sql.Contains($"'{word}'", StringComparison.Ordinal)));
    }

    [Test]
    public void The_final_statuses_of_the_overdue_query_are_the_final_statuses_of_the_code()
    {
        var inSql = Enum.GetValues<RequestStatus>().Where(s => FinalStatuses.Sql.Contains($"'{KebabNames<RequestStatus>.Word(s)}'", StringComparison.Ordinal));

        Assert.That(inSql, Is.EquivalentTo(Enum.GetValues<RequestStatus>().Where(FinalStatuses.Contains)));
        Assert.That(Enum.GetValues<RequestStatus>().Where(FinalStatuses.Contains), Is.EquivalentTo(new[]
        {
            RequestStatus.Executed, RequestStatus.PartiallyExecuted, RequestStatus.MeasureSubstituted, RequestStatus.Refused, RequestStatus.Withdrawn,
        }));
    }

    [Test]
    public void An_unknown_word_in_the_database_is_reported_not_guessed()
    {
        Assert.That(() => KebabNames<OutboxState>.Parse("lost"),
            Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("The store holds 'lost' where a value of OutboxState was expected."));
    }
}
