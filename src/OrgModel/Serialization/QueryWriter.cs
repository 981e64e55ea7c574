using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization.Dto;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>Turns query results into the format's objects.</summary>
internal static class QueryWriter
{
    public static MembershipOnDateDto Write(MembershipOnDate m) => new()
    {
        Organization = m.Organization.Value,
        Party = m.Party.Value,
        Status = EnumText<MembershipStatus>.Write(m.Status),
        Certainty = m.Certainty.ToInvariantString(),
        From = DtoWriter.From(m.Span),
        Until = DtoWriter.Until(m.Span),
        Through = DtoWriter.Through(m.Span),
        Via = m.Via?.Value,
    };

    public static SnapshotDto Write(OrganizationSnapshot s) => new()
    {
        Organization = s.Organization.Value,
        On = s.On,
        Active = s.Active.ToInvariantString(),
        Name = s.Name.TryGetValue(out OrganizationName? name) ? new SnapshotNameDto { Name = name.Name, Abbreviation = name.Abbreviation, Certainty = s.Name.Certainty.ToInvariantString() } : null,
        Members = s.Members.Select(Write).ToList(),
        Chair = s.Chair.TryGetValue(out ChairTerm? chair) ? new SnapshotChairDto
        {
            Holder = chair.Holder.Value,
            Certainty = s.Chair.Certainty.ToInvariantString(),
            ActingPerson = s.ChairActingPerson.TryGetValue(out Person? acting) ? DtoWriter.WritePerson(acting) : null,
        } : null,
        SecretaryGeneral = s.SecretaryGeneral.TryGetValue(out Tenure? tenure) ? new SnapshotTenureDto
        {
            Person = DtoWriter.WritePerson(tenure.Holder),
            Certainty = s.SecretaryGeneral.Certainty.ToInvariantString(),
            Role = tenure.Role == TenureRole.Regular ? null : EnumText<TenureRole>.Write(tenure.Role),
            ElectedOn = tenure.ElectedOn?.ToString(),
        } : null,
        Seat = s.Seat.TryGetValue(out Seat? seat) ? new SnapshotSeatDto { Place = DtoWriter.WritePlace(seat.Place), Certainty = s.Seat.Certainty.ToInvariantString(), Permanent = seat.IsPermanent ? true : null } : null,
        Parents = Relations(s.Parents),
        Affiliations = Relations(s.Affiliations),
        LastSession = s.LastSession is null ? null : DtoWriter.WriteSession(s.LastSession),
        NextSession = s.NextSession is null ? null : DtoWriter.WriteSession(s.NextSession),
    };

    public static ChangeDto Write(Change c) => new()
    {
        Date = c.Date.ToString(),
        Kind = EnumText<ChangeKind>.Write(c.Kind),
        Description = c.Description,
        Party = c.Party?.Value,
        Provenance = DtoWriter.WriteProvenance(c.Provenance),
    };

    private static List<SnapshotRelationDto>? Relations(Collections.EquatableArray<Answer<OrganizationRelation>> relations) =>
        relations.IsEmpty ? null : relations.Select(r => new SnapshotRelationDto { Target = r.Value.Target.Value, Certainty = r.Certainty.ToInvariantString() }).ToList();
}
