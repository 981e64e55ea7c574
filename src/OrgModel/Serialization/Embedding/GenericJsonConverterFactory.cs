using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.Time;

namespace OrgModel.Serialization.Embedding;

/// <summary>
/// Makes an <see cref="AnswerJsonConverter{T}"/> or a <see cref="TimelineJsonConverter{T}"/> for any
/// <c>Answer&lt;T&gt;</c> or <c>Timeline&lt;T&gt;</c>. It builds the converter type at run time, which
/// native AOT cannot do for every <c>T</c>; under AOT, register <c>new AnswerJsonConverter&lt;X&gt;()</c>
/// for the types you use instead.
/// </summary>
public sealed class GenericJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() is { } definition
            && (definition == typeof(Answer<>) || definition == typeof(Timeline<>));
    }

    /// <inheritdoc/>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Documented on the type: under native AOT, register the closed converters instead.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The converter types are public and kept; T comes from the type being serialized.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The converter types have public parameterless constructors.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The converter types have public parameterless constructors.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The converter types have public parameterless constructors.")]
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        Type converter = typeToConvert.GetGenericTypeDefinition() == typeof(Answer<>) ? typeof(AnswerJsonConverter<>) : typeof(TimelineJsonConverter<>);
        return (JsonConverter)Activator.CreateInstance(converter.MakeGenericType(typeToConvert.GetGenericArguments()))!;
    }
}
