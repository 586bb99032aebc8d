using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Validation;

/// <summary>
/// The version 2 rules the schema cannot say: refs between measures, assets and parties, file names that must name an
/// attachment, the issue date against the creation date, and the periods of banking and telecom measures.
/// </summary>
[TestFixture]
public sealed class CrossFieldRulesTests
{
    private static IReadOnlyList<Problem> Validate(CooperationRequest request) =>
        Validators.Request().Validate(request, CanonicalJson.Serialize(request), []);

    private static CooperationRequest WithMeasure(int index, Func<Measure, Measure> change)
    {
        var full = SomeRequests.Full();
        return full with { Measures = [.. full.Measures.Select((m, i) => i == index ? change(m) : m)] };
    }

    private static CooperationRequest WithAsset(int index, Func<Asset, Asset> change)
    {
        var full = SomeRequests.Full();
        return full with { Assets = [.. full.Assets.Select((a, i) => i == index ? change(a) : a)] };
    }

    private static CooperationRequest WithAttachment(int index, Func<Attachment, Attachment> change)
    {
        var full = SomeRequests.Full();
        return full with { Attachments = [.. full.Attachments.Select((a, i) => i == index ? change(a) : a)] };
    }

    private static void AssertOnly(IReadOnlyList<Problem> problems, string rule, string path, string message)
    {
        Assert.That(problems.Select(p => (p.Rule, p.CanonicalPath)), Is.EqualTo(new[] { (rule, (string?)path) }), string.Join("; ", problems));
        Assert.That(problems[0].Message, Is.EqualTo(message));
    }

    [Test]
    public void Rejects_a_banking_account_ref_that_names_an_asset_of_another_type()
    {
        // a2 is real estate: records of a bank account cannot be asked of it.
        var request = WithMeasure(0, m => m with { Banking = m.Banking! with { AccountRefs = ["a1", "a2"] } });

        AssertOnly(Validate(request), ValidationRules.UnknownBankAccount, "/measures/0/banking/accountRefs/1",
            "banking account ref 'a2' is not the ref of any bank-account asset.");
    }

    [Test]
    public void Rejects_a_banking_account_ref_that_names_a_person()
    {
        var request = WithMeasure(0, m => m with { Banking = m.Banking! with { AccountRefs = ["p1"] } });

        AssertOnly(Validate(request), ValidationRules.UnknownBankAccount, "/measures/0/banking/accountRefs/0",
            "banking account ref 'p1' is not the ref of any bank-account asset.");
    }

    [Test]
    public void Rejects_an_asset_owner_that_is_not_a_person_or_organisation()
    {
        var request = WithAsset(2, a => a with { OwnerRefs = ["o2", "a1"] });

        AssertOnly(Validate(request), ValidationRules.UnknownAssetOwner, "/assets/2/ownerRefs/1",
            "asset owner 'a1' is not the ref of any person or organisation.");
    }

    [Test]
    public void Rejects_a_related_object_that_is_not_an_asset()
    {
        var request = WithAsset(2, a => a with { CulturalObject = a.CulturalObject! with { RelatedObjectRefs = ["a5", "o1"] } });

        AssertOnly(Validate(request), ValidationRules.UnknownRelatedObject, "/assets/2/culturalObject/relatedObjectRefs/1",
            "related object 'o1' is not the ref of any asset.");
    }

    [Test]
    public void Warns_of_a_photograph_that_is_not_an_attachment_without_refusing_the_request()
    {
        var request = WithAsset(2, a => a with { CulturalObject = a.CulturalObject! with { Photographs = ["huaco-frente.jpg", "huaco-dorso.jpg"] } });

        var problems = Validate(request);

        AssertOnly(problems, ValidationRules.UnknownAttachment, "/assets/2/culturalObject/photographs/1",
            "photograph 'huaco-dorso.jpg' is not the file name of any attachment of the request: it does not travel with it.");
        Assert.That(problems[0].IsError, Is.False, "version 1 never enforced it, so a v1 partner's request must not be refused for it");
    }

    [Test]
    public void Rejects_a_national_order_file_that_is_not_an_attachment()
    {
        var request = WithMeasure(0, m => m with { NationalOrder = m.NationalOrder! with { AttachmentFileName = "auto.pdf" } });

        AssertOnly(Validate(request), ValidationRules.UnknownAttachment, "/measures/0/nationalOrder/attachmentFileName",
            "'auto.pdf' is not the file name of any attachment of the request.");
    }

    [Test]
    public void Rejects_a_translation_of_a_file_that_is_not_attached()
    {
        var request = WithAttachment(3, a => a with { TranslationOf = "acta.pdf" });

        AssertOnly(Validate(request), ValidationRules.UnknownAttachment, "/attachments/3/translationOf",
            "'acta.pdf' is not the file name of any attachment of the request.");
    }

    [Test]
    public void File_names_are_compared_exactly()
    {
        var request = WithAttachment(3, a => a with { TranslationOf = "Acta-Incautacion.pdf" });

        Assert.That(Validate(request).Select(p => p.Rule), Is.EqualTo(new[] { ValidationRules.UnknownAttachment }));
    }

    [Test]
    public void Rejects_an_issue_date_after_the_creation_date()
    {
        var request = SomeRequests.Full() with { IssuedOn = new DateOnly(2024, 3, 16) };

        AssertOnly(Validate(request), ValidationRules.IssuedAfterCreated, "/issuedOn",
            "the request is dated 2024-03-16, after it was created (2024-03-15).");
    }

    [Test]
    public void Accepts_an_issue_date_on_the_creation_date_in_the_creator_s_time_zone()
    {
        // Created at 23:30 in Cusco, which is already the next day in UTC: the date that counts is Cusco's.
        var request = SomeRequests.Full() with { IssuedOn = new DateOnly(2024, 3, 15), CreatedAt = new DateTimeOffset(2024, 3, 15, 23, 30, 0, TimeSpan.FromHours(-5)) };

        Assert.That(Validate(request), Is.Empty);
    }

    [Test]
    public void Rejects_a_banking_period_that_ends_before_it_starts()
    {
        var reversed = new DateRange { Start = new DateOnly(2023, 12, 31), End = new DateOnly(2023, 1, 1) };
        var request = WithMeasure(0, m => m with { Banking = m.Banking! with { Period = reversed } });

        AssertOnly(Validate(request), ValidationRules.RangeReversed, "/measures/0/banking/period/end",
            "the period of the banking records sought ends (2023-01-01) before it starts (2023-12-31).");
    }

    [Test]
    public void Rejects_a_telecom_period_that_ends_before_it_starts()
    {
        var reversed = new DateRange { Start = new DateOnly(2023, 6, 2), End = new DateOnly(2023, 6, 1) };
        var request = WithMeasure(2, m => m with { Telecom = m.Telecom! with { Period = reversed } });

        AssertOnly(Validate(request), ValidationRules.RangeReversed, "/measures/2/telecom/period/end",
            "the period of the telecommunications data sought ends (2023-06-01) before it starts (2023-06-02).");
    }

    [Test]
    public void Accepts_an_open_ended_period()
    {
        var request = WithMeasure(2, m => m with { Telecom = m.Telecom! with { Period = new DateRange { Start = new DateOnly(2023, 6, 2) } } });

        Assert.That(Validate(request), Is.Empty);
    }

    [Test]
    public void Rejects_an_acknowledgement_deadline_before_the_request_date()
    {
        var full = SomeRequests.Full();
        var request = full with { Urgency = full.Urgency with { Deadlines = [new Deadline { Kind = DeadlineKind.Acknowledge, By = new DateOnly(2024, 3, 14) }, .. full.Urgency.Deadlines] } };

        AssertOnly(Validate(request), ValidationRules.DeadlineBeforeRequest, "/urgency/deadlines/0/by",
            "deadline 2024-03-14 is before the request date 2024-03-15.");
    }
}
