namespace OrgModel.Model;

/// <summary>
/// How the participants of a session met: in one place, by videoconference, or both.
/// </summary>
/// <remarks>
/// Many organizations held their 2020 and 2021 sessions by videoconference; the session's
/// <see cref="Session.Place"/> then names where the chair convened it from, which is not where the
/// participants were. Recording the format keeps "held in Minsk" from being read as a meeting in Minsk.
/// </remarks>
public enum SessionFormat
{
    /// <summary>The participants met in person at the session's place.</summary>
    InPerson = 0,

    /// <summary>The participants met by videoconference; the place is where the chair convened it from.</summary>
    Videoconference = 1,

    /// <summary>Some participants met in person at the session's place and others joined by videoconference.</summary>
    Hybrid = 2,
}
