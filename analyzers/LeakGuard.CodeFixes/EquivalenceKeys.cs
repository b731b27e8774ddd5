namespace LeakGuard.CodeFixes;

/// <summary>
/// Stable equivalence keys. The environment variable key also covers redacting comments, so that Fix All (and
/// <c>dotnet format analyzers</c>, which fixes all with the first action's key) takes every key out of the source in one pass.
/// </summary>
internal static class EquivalenceKeys
{
    public const string EnvironmentVariable = "LG0001.ReadFromEnvironmentVariable";
    public const string Configuration = "LG0001.ReadFromConfiguration";

    public static string For(SecretFixStrategy strategy) =>
        strategy == SecretFixStrategy.Configuration ? Configuration : EnvironmentVariable;

    public static SecretFixStrategy? Parse(string? key) => key switch
    {
        EnvironmentVariable => SecretFixStrategy.EnvironmentVariable,
        Configuration => SecretFixStrategy.Configuration,
        _ => null,
    };
}
