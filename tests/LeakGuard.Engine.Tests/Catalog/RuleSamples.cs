using System.Collections.Generic;

namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>The true and false positive samples of one provider's rules, in the spirit of gitleaks' per-rule samples.</summary>
public sealed class RuleSamples
{
    private static readonly (string Name, string Format)[] Surroundings =
    {
        ("C# assignment", "var {0} = \"{1}\";"),
        ("JSON value", "{{ \"{0}\": \"{1}\" }}"),
        (".env line", "{0}={1}"),
        ("YAML value", "settings:\n  {0}: {1}\n"),
    };

    private readonly List<RuleSample> samples = new();

    public IReadOnlyList<RuleSample> All => samples;

    /// <summary>The secret assigned to <paramref name="name"/> in C#, JSON, a .env file and YAML.</summary>
    public RuleSamples Finds(string ruleId, string secret, string name = "API_KEY")
    {
        foreach (var (surrounding, format) in Surroundings)
        {
            samples.Add(new RuleSample(ruleId, surrounding, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, name, secret), secret, null));
        }

        return this;
    }

    public RuleSamples FindsIn(string ruleId, string description, string text, string secret, string? context = null)
    {
        samples.Add(new RuleSample(ruleId, description, text, secret, context));
        return this;
    }

    public RuleSamples Ignores(string ruleId, string description, string text, string? context = null)
    {
        samples.Add(new RuleSample(ruleId, description, text, null, context));
        return this;
    }
}
