namespace LeakGuard.Analyzers;

/// <summary>Every diagnostic id LeakGuard reports, in one place.</summary>
public static class RuleIdentifiers
{
    public const string HardcodedSecret = "LG0001";
    public const string SecretInConfigFile = "LG0002";
    public const string PossibleSecret = "LG0003";
    public const string InvalidConfiguration = "LG0004";
}
