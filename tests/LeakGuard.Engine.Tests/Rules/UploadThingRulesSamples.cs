using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UploadThingRulesSamples
{
    private static readonly string SecretKey = FakeKey.Of("sk_", "live_", FakeKey.Random(FakeKey.Hex, 64, 1));

    private static readonly string Token = FakeKey.Base64Of(FakeKey.Of("{\"apiKey\":\"", SecretKey, "\",\"appId\":\"", FakeKey.Random(TestKeys.LowerAlphanumeric, 10, 2), "\",\"regions\":[\"sea1\"]}"));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("uploadthing-secret-key", SecretKey, "UPLOADTHING_SECRET")
        .FindsIn("uploadthing-secret-key", "beside its app id", $"UPLOADTHING_SECRET={SecretKey}\nUPLOADTHING_APP_ID={FakeKey.Random(TestKeys.LowerAlphanumeric, 10, 3)}\n", SecretKey)
        .Ignores("uploadthing-secret-key", "a placeholder", $"UPLOADTHING_SECRET=sk_live_{new string('x', 64)}")
        .Finds("uploadthing-token", Token, "UPLOADTHING_TOKEN")
        .FindsIn("uploadthing-token", "a quoted .env value", $"UPLOADTHING_TOKEN='{Token}'\n", Token)
        .Ignores("uploadthing-token", "the start alone", "value: eyJhcGlLZXkiOiJza19");
}
