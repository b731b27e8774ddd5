using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DynatraceRulesSamples
{
    private static readonly string DynatraceApiTokenKey = FakeKey.Of("dt0", "c01.", FakeKey.Random(TestKeys.UpperAlphanumeric, 24, 1), ".", FakeKey.Random(TestKeys.UpperAlphanumeric, 64, 2));

    private static readonly string DynatraceAgentTokenKey = FakeKey.Of("dt0", "a01.", FakeKey.Random(TestKeys.LowerAlphanumeric, 8, 3), ".", FakeKey.Random(FakeKey.Hex, 64, 4));

    // The secret part of the example token on Dynatrace's access token pages.
    private static readonly string DocumentedSecretPart = FakeKey.Of("G3DFPBEJYMODIDAEX454", "M7YWBUVEFOWKPRVMWFASS64N", "FH52PX6BNDVFFM572RZM");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dynatrace-api-token", DynatraceApiTokenKey, "API_KEY")
        .Ignores("dynatrace-api-token", "one character short", $"value: {DynatraceApiTokenKey[..^1]}")
        .Ignores("dynatrace-api-token", "embedded in a longer token", "value: Q" + DynatraceApiTokenKey)
        .FindsIn("dynatrace-api-token", "a platform token of a kind past s02", $"DT_PLATFORM_TOKEN={DynatraceApiTokenKey.Replace("dt0" + "c01.", "dt0" + "s08.", StringComparison.Ordinal)}", DynatraceApiTokenKey.Replace("dt0" + "c01.", "dt0" + "s08.", StringComparison.Ordinal))
        .Ignores("dynatrace-api-token", "the documentation's example token, under another prefix", $"DT_API_TOKEN={DynatraceApiTokenKey[..32]}{DocumentedSecretPart}")
        .FindsIn("dynatrace-agent-token", "the Lambda extension's connection token", $"DT_CONNECTION_AUTH_TOKEN = \"{DynatraceAgentTokenKey}\"", DynatraceAgentTokenKey)
        .Ignores("dynatrace-agent-token", "one hex digit short", $"value: {DynatraceAgentTokenKey[..^1]}")
        .Ignores("dynatrace-agent-token", "upper-case hex", $"value: {DynatraceAgentTokenKey.ToUpperInvariant()}");
}
