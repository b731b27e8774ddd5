using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PerplexityRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("perplexity-api-key", TestKeys.Perplexity(), "PERPLEXITY_API_KEY")
        .Ignores("perplexity-api-key", "one character short", TestKeys.Perplexity()[..^1])
        .Ignores("perplexity-api-key", "placeholder", "pplx" + "-" + new string('x', 48));
}
