namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>
/// One text and what a rule must make of it: the exact secret it finds (a true positive) or nothing (a false positive).
/// </summary>
public sealed class RuleSample
{
    public RuleSample(string ruleId, string description, string text, string? secret, string? context)
    {
        RuleId = ruleId;
        Description = description;
        Text = text;
        Secret = secret;
        Context = context;
    }

    public string RuleId { get; }

    public string Description { get; }

    public string Text { get; }

    /// <summary>The secret the rule must report, or <see langword="null"/> when the text must yield no finding.</summary>
    public string? Secret { get; }

    /// <summary>What the scanner is told about the text, as the analyzer passes the name a literal is bound to.</summary>
    public string? Context { get; }

    public bool IsTruePositive => Secret is not null;

    public override string ToString() => $"{RuleId}: {Description}";
}
