using Microsoft.CodeAnalysis;

namespace LeakGuard.Analyzers;

/// <summary>The diagnostics LeakGuard reports; every id in <see cref="RuleIdentifiers"/> has exactly one.</summary>
internal static class Descriptors
{
    private const string Category = "Security";

    public static readonly DiagnosticDescriptor HardcodedSecret = new(
        RuleIdentifiers.HardcodedSecret,
        Localized("LG0001Title"),
        Localized("LG0001MessageFormat"),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized("LG0001Description"),
        helpLinkUri: "https://github.com/leakguard/leakguard/blob/main/docs/rules/LG0001.md");

    public static readonly DiagnosticDescriptor SecretInConfigFile = new(
        RuleIdentifiers.SecretInConfigFile,
        Localized("LG0002Title"),
        Localized("LG0002MessageFormat"),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized("LG0002Description"),
        helpLinkUri: "https://github.com/leakguard/leakguard/blob/main/docs/rules/LG0002.md");

    public static readonly DiagnosticDescriptor PossibleSecret = new(
        RuleIdentifiers.PossibleSecret,
        Localized("LG0003Title"),
        Localized("LG0003MessageFormat"),
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localized("LG0003Description"),
        helpLinkUri: "https://github.com/leakguard/leakguard/blob/main/docs/rules/LG0003.md");

    public static readonly DiagnosticDescriptor InvalidConfiguration = new(
        RuleIdentifiers.InvalidConfiguration,
        Localized("LG0004Title"),
        Localized("LG0004MessageFormat"),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized("LG0004Description"),
        helpLinkUri: "https://github.com/leakguard/leakguard/blob/main/docs/rules/LG0004.md");

    private static LocalizableResourceString Localized(string name) =>
        new(name, Resources.ResourceManager, typeof(Resources));
}
