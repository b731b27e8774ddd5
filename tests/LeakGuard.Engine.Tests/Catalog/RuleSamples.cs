using System.Collections.Generic;
using System.Linq;

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

    /// <summary>A page of code between a key's assignment and its use: more than the context window of the words near a key.</summary>
    public static readonly string PageOfCode = string.Concat(Enumerable.Range(0, 30).Select(i => $"log(\"step {i}\");\n"));

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

    /// <summary>The secret assigned in <paramref name="assignment"/>, a page of code above the <paramref name="use"/> that takes it by name.</summary>
    public RuleSamples FindsByName(string ruleId, string description, string assignment, string use, string secret)
    {
        samples.Add(new RuleSample(ruleId, description, assignment + "\n" + PageOfCode + use + "\n", secret, null));
        return this;
    }

    public RuleSamples Ignores(string ruleId, string description, string text, string? context = null)
    {
        samples.Add(new RuleSample(ruleId, description, text, null, context));
        return this;
    }
}
