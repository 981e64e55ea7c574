namespace OrgModel.Model;

/// <summary>
/// A broken model rule that knows where in the object it lies, as a camelCase path such as
/// <c>memberships[2].party</c>: the JSON reader turns it into a JSON path. To callers it is an
/// ordinary <see cref="ArgumentException"/>.
/// </summary>
internal sealed class ModelRuleException : ArgumentException
{
    public ModelRuleException(string message, string parameterName, string location)
        : base(message, parameterName) => Location = location;

    public string Location { get; }
}
