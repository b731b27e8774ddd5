using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AmplitudeRulesSamples
{
    private static readonly string AmplitudeSecretKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("amplitude-secret-key", AmplitudeSecretKeyKey, "AMPLITUDE_SECRET_KEY")
        .FindsIn("amplitude-secret-key", "a JSON setting", $"{{ \"Amplitude\": {{ \"SecretKey\": \"{AmplitudeSecretKeyKey}\" }} }}", AmplitudeSecretKeyKey)
        .FindsIn("amplitude-secret-key", "a JavaScript fallback on the next line", $"const secret = credentials[\"amplitudeSecretKey\"] ||\n  \"{AmplitudeSecretKeyKey}\";", AmplitudeSecretKeyKey)
        .FindsIn("amplitude-secret-key", "a null-coalescing default", $"var secret = options.AmplitudeSecretKey ?? \"{AmplitudeSecretKeyKey}\"; // amplitude", AmplitudeSecretKeyKey)
        .Ignores("amplitude-secret-key", "the API key, public in every page", $"amplitude.init('{AmplitudeSecretKeyKey}');")
        .FindsIn("generic-secret", "the API key under its name: not an Amplitude secret key", $"var amplitudeApiKey = \"{AmplitudeSecretKeyKey}\";", AmplitudeSecretKeyKey)
        .Ignores("amplitude-secret-key", "no amplitude context", $"\"checksum\": \"{AmplitudeSecretKeyKey}\"")
        .Ignores("amplitude-secret-key", "one character short", $"amplitude: {AmplitudeSecretKeyKey[..^1]}");
}
