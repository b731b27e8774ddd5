using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class XaiRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("xai-api-key", TestKeys.Xai(), "XAI_API_KEY")
        .Ignores("xai-api-key", "one character short", TestKeys.Xai()[..^1])
        .Ignores("xai-api-key", "placeholder", "xai" + "-" + new string('x', 80));
}
