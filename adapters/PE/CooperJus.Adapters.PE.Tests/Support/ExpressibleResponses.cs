using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>
/// Generates canonical responses that the SGF response CSV can express in full, so rendering then reading one gives it
/// back: a Peruvian responding authority, Spanish, created in Peru time to the second, list items without <c>|</c>,
/// attachments without a chain of custody in a language of code list <c>languages</c>, and the consistency the reader
/// asks for (a refusal gives grounds, a request for information says what, result files name attachments).
/// </summary>
internal static class ExpressibleResponses
{
    private static readonly string[] Countries = ["PE", "ES", "BR", "CL", "UY", "AR", "US"];
    private static readonly string[] Languages = ["es", "pt", "en", "qu"];

    // Letters, accents and the characters CSV treats specially, but no white space at either end.
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzñáéíóúüÁÉÍÓÚÑ0123456789;\",.'()-/:+=@#|"], 1, 8];
    private static readonly Gen<string> ItemWord = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzñáéíóúÑ0123456789;\",.'()-/:"], 1, 8];
    private static readonly Gen<string> Text = Word.Array[1, 6].Select(w => string.Join(' ', w));
    private static readonly Gen<string> ItemText = ItemWord.Array[1, 4].Select(w => string.Join(' ', w));
    private static readonly Gen<string> MultiLineText =
        Gen.Select(Text.Array[1, 3], Gen.OneOfConst("\n", "\r\n"), (lines, newLine) => string.Join(newLine, lines));
    private static readonly Gen<DateOnly> Date = Gen.DateOnly[new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31)];
    private static readonly Gen<string> Uuid = Gen.Guid.Select(g => g.ToString("D"));
    private static readonly Gen<string> FileName = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_"], 1, 10].Select(n => n + ".pdf");

    public static Gen<CooperationResponse> All { get; } =
        from responseId in Uuid
        from requestId in Uuid
        from status in Gen.Enum<ResponseStatus>()
        from seconds in Gen.Long[1_577_836_800, 1_900_000_000]
        from authority in Authority
        from message in MultiLineText.Null(0.4)
        from caseReference in Word.Null(0.4)
        from limitations in UseLimitation.Array[0, 2]
        from attachments in Attachment.Array[0, 3]
        from results in Result.Array[0, 3]
        from links in Gen.Bool.Array[3].Array[3]
        from translation in Gen.Int[-1, 2]
        select Consistent(new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = requestId,
            Status = status,
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromHours(-5)),
            RespondingAuthority = authority,
            Message = message,
            CaseReference = caseReference,
            UseLimitations = limitations,
            Attachments = Named(attachments, translation),
            Results = results,
            Language = "es",
        }, links);

    private static Gen<Authority> Authority =>
        from name in Text.Null(0.1)
        from unit in Text.Null(0.4)
        from officer in Text.Null(0.3)
        from role in Text.Null(0.5)
        from email in Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12].Select(user => user + "@mpfn.gob.pe").Null(0.3)
        from phone in Word.Null(0.3)
        select new Authority
        {
            Country = "PE",
            Name = name,
            Unit = unit,
            Officer = officer is null ? null : new Officer { Name = officer, Role = role },
            Contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone },
        };

    private static Gen<UseLimitation> UseLimitation =>
        from kind in Gen.Enum<UseLimitationKind>()
        from text in ItemText
        select new UseLimitation { Kind = kind, Text = text };

    private static Gen<ResponseResult> Result =>
        from index in Gen.Int[0, 40].Nullable(0.3)
        from status in Gen.Enum<ResponseStatus>()
        from summary in MultiLineText
        from grounds in RefusalGround.Array[status == ResponseStatus.Refused ? 1 : 0, 2]
        from until in Date.Nullable(0.6)
        from conditions in ItemText.Array[0, 2]
        from needed in Needed.Array[status == ResponseStatus.InformationNeeded ? 1 : 0, 2]
        from forwarded in Forwarded.Null(0.6)
        from substitute in Gen.Enum<MeasureType>().Nullable(0.6)
        from costs in Costs.Null(0.6)
        select new ResponseResult
        {
            MeasureIndex = index,
            Status = status,
            Summary = summary,
            RefusalGrounds = grounds,
            PostponedUntil = until,
            Conditions = conditions,
            InformationNeeded = needed,
            ForwardedTo = forwarded,
            SubstituteMeasure = substitute,
            Costs = costs,
        };

    private static Gen<RefusalGround> RefusalGround =>
        from code in Gen.Enum<RefusalGroundCode>()
        from explanation in ItemText.Null(0.3)
        select new RefusalGround { Code = code, Explanation = explanation };

    private static Gen<InformationNeeded> Needed =>
        from description in ItemText
        from needBy in Date.Nullable(0.4)
        select new InformationNeeded { Description = description, By = needBy };

    private static Gen<Authority> Forwarded =>
        from country in Gen.OneOfConst(Countries)
        from name in Text.Null(0.2)
        select new Authority { Country = country, Name = name };

    private static Gen<ExecutionCosts> Costs =>
        from units in Gen.Long[0, 99_999_999]
        from cents in Gen.Int[0, 99].Nullable(0.5)
        from currency in Gen.OneOfConst("PEN", "USD", "EUR")
        from extraordinary in Gen.Bool
        from description in Text.Null(0.5)
        select new ExecutionCosts
        {
            Amount = new MonetaryAmount { Amount = cents is { } c ? FormattableString.Invariant($"{units}.{c:D2}") : FormattableString.Invariant($"{units}"), Currency = currency },
            Extraordinary = extraordinary,
            Description = description,
        };

    private static Gen<Attachment> Attachment =>
        from name in FileName
        from mediaType in Gen.OneOfConst("application/pdf", "image/jpeg", "text/plain; charset=utf-8")
        from hash in Gen.Byte.Array[32].Select(Convert.ToHexStringLower)
        from size in Gen.Long[0, 1L << 40]
        from type in Gen.Enum<AttachmentType>().Nullable(0.3)
        from language in Gen.OneOfConst(Languages).Null(0.4)
        from obtainedOn in Date.Nullable(0.5)
        from obtainedBy in Text.Null(0.5)
        from copy in Gen.Enum<CopyKind>().Nullable(0.4)
        from seal in Word.Null(0.6)
        from returnBy in Date.Nullable(0.6)
        select new Attachment
        {
            FileName = name,
            MediaType = mediaType,
            Sha256 = hash,
            Size = size,
            DocumentType = type,
            Language = language,
            Obtained = obtainedOn is null && obtainedBy is null ? null : new Obtained { On = obtainedOn, By = obtainedBy },
            CopyKind = copy,
            SealNumber = seal,
            ReturnBy = returnBy,
        };

    /// <summary>Unique file names; attachment <paramref name="translation"/> (when there is one) translates the first.</summary>
    private static List<Attachment> Named(Attachment[] attachments, int translation)
    {
        var named = attachments.Select((a, i) => a with { FileName = $"{i}-{a.FileName}" }).ToList();
        if (translation > 0 && translation < named.Count)
            named[translation] = named[translation] with { TranslationOf = named[0].FileName };
        return named;
    }

    /// <summary>Links results to attachments, and gives a refusal or a request for information a result that says why or what.</summary>
    private static CooperationResponse Consistent(CooperationResponse response, bool[][] links)
    {
        var results = response.Results
            .Select((r, i) => r with { AttachmentFileNames = [.. response.Attachments.Where((_, a) => a < 3 && links[i][a]).Select(a => a.FileName)] })
            .ToList();
        if (response.Status == ResponseStatus.Refused && !results.Any(r => r.RefusalGrounds.Count > 0))
            results.Add(new ResponseResult { Status = ResponseStatus.Refused, Summary = "Denegada", RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.Other }] });
        if (response.Status == ResponseStatus.InformationNeeded && !results.Any(r => r.InformationNeeded.Count > 0))
            results.Add(new ResponseResult { Status = ResponseStatus.InformationNeeded, Summary = "Falta información", InformationNeeded = [new InformationNeeded { Description = "La resolución" }] });
        return response with { Results = results };
    }
}
