using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FlutterwaveRulesSamples
{
    private static readonly string FlutterwaveSecretKeyKey = FakeKey.Of("FLW", "SECK", "-", FakeKey.Random(TestKeys.HexToH, 32, 1), "-X");

    private static readonly string FlutterwaveLiveKey = FakeKey.Of("FLW", "SECK", "-", FakeKey.Random(FakeKey.Hex, 32, 2), "-", FakeKey.Random(FakeKey.Hex, 11, 3), "vt-X");

    private static readonly string FlutterwaveEncryptionKeyKey = FakeKey.Of("FLWSEC", "K_TEST", FakeKey.Random(TestKeys.HexToH, 12, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("flutterwave-secret-key", FlutterwaveSecretKeyKey, "API_KEY")
        .FindsIn("flutterwave-secret-key", "a v3 live key", $"define('FLW_SECRET_KEY_LIVE', '{FlutterwaveLiveKey}');", FlutterwaveLiveKey)
        .Ignores("flutterwave-secret-key", "one character short", $"value: {FlutterwaveSecretKeyKey[..^1]}")
        .Ignores("flutterwave-secret-key", "embedded in a longer token", "value: Q" + FlutterwaveSecretKeyKey)
        .Finds("flutterwave-encryption-key", FlutterwaveEncryptionKeyKey, "API_KEY")
        .Ignores("flutterwave-encryption-key", "one character short", $"value: {FlutterwaveEncryptionKeyKey[..^1]}")
        .Ignores("flutterwave-encryption-key", "embedded in a longer token", "value: Q" + FlutterwaveEncryptionKeyKey);
}
