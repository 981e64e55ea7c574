using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Lets other applications put OrgModel values in their own JSON — an ASP.NET Core endpoint returning
/// a snapshot, a record holding a catalog — in the format's documented shapes, the way NodaTime's
/// <c>ConfigureForNodaTime</c> does for NodaTime values.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ConfigureForOrgModel"/> adds <see cref="Converters"/> and NodaTime's ISO
/// <c>LocalDate</c> converter to the options. The converters also work with a source-generated
/// context: set the context as the options' <c>TypeInfoResolver</c> (or pass its options) and call
/// <see cref="ConfigureForOrgModel"/> on those options; converters in the options take precedence over
/// the context's metadata. Under native AOT, the one converter that builds types at run time
/// (<see cref="GenericJsonConverterFactory"/>, for <c>Answer&lt;T&gt;</c> and <c>Timeline&lt;T&gt;</c>)
/// can be replaced by the closed converters you need, such as <c>new AnswerJsonConverter&lt;Tenure&gt;()</c>.
/// </para>
/// </remarks>
public static class OrgModelJsonSerializerOptions
{
    /// <summary>
    /// The converters for every OrgModel type with a JSON form: <see cref="PartialDate"/>,
    /// <see cref="DateRange"/>, <see cref="Id{T}"/> of each entity, every enumeration (camelCase text),
    /// <c>Answer&lt;T&gt;</c> and <c>Timeline&lt;T&gt;</c>, <see cref="Catalog"/>,
    /// <see cref="Organization"/> (as the format's documents), <see cref="Session"/> and the query results
    /// (<see cref="OrganizationSnapshot"/> as <c>orgmodel show --json</c> writes it, write-only;
    /// <see cref="RotationTerm"/> as <c>chair</c> and <c>rotation</c> write it, write-only;
    /// <see cref="MembershipOnDate"/> and <see cref="Change"/> as <c>members</c> and <c>history</c> do).
    /// </summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        .. Embedded.Converters(),
        new PartialDateJsonConverter(),
        new DateRangeJsonConverter(),
        new IdJsonConverter<Party>(),
        new IdJsonConverter<Organization>(),
        new IdJsonConverter<Session>(),
        new IdJsonConverter<Post>(),
        new IdJsonConverter<Agreement>(),
        new IdJsonConverter<Person>(),
        new OrgModelEnumJsonConverter<Certainty>(),
        new OrgModelEnumJsonConverter<DatePrecision>(),
        new OrgModelEnumJsonConverter<DateQualifier>(),
        new OrgModelEnumJsonConverter<MembershipStatus>(),
        new OrgModelEnumJsonConverter<MembershipChangeReason>(),
        new OrgModelEnumJsonConverter<PartyKind>(),
        new OrgModelEnumJsonConverter<AgreementKind>(),
        new OrgModelEnumJsonConverter<ConsentKind>(),
        new OrgModelEnumJsonConverter<WithdrawalKind>(),
        new OrgModelEnumJsonConverter<SessionKind>(),
        new OrgModelEnumJsonConverter<DocumentKind>(),
        new OrgModelEnumJsonConverter<TenureRole>(),
        new OrgModelEnumJsonConverter<DataGapKind>(),
        new OrgModelEnumJsonConverter<SuccessionKind>(),
        new OrgModelEnumJsonConverter<RelationKind>(),
        new OrgModelEnumJsonConverter<OrganizationClassification>(),
        new OrgModelEnumJsonConverter<ChangeKind>(),
        new OrgModelEnumJsonConverter<RotationOrderKind>(),
        new OrgModelEnumJsonConverter<RotationPeriod>(),
        new OrgModelEnumJsonConverter<RotationDeviationKind>(),
        new OrgModelEnumJsonConverter<TermOrigin>(),
        new GenericJsonConverterFactory(),
    ];

    /// <summary>Adds the OrgModel converters (and NodaTime's ISO <c>LocalDate</c> converter) to the options.</summary>
    /// <param name="options">The options, not yet used for serializing (System.Text.Json freezes them on first use).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use.</exception>
    public static JsonSerializerOptions ConfigureForOrgModel(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (JsonConverter converter in Converters)
        {
            options.Converters.Add(converter);
        }

        if (!options.Converters.Any(c => c.CanConvert(typeof(NodaTime.LocalDate))))
        {
            options.Converters.Add(NodaConverters.LocalDateConverter);
        }

        return options;
    }
}
