using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OnePasswordRulesSamples
{
    private static readonly string OnepasswordServiceAccountTokenKey = FakeKey.Of("ops", "_eyJ", FakeKey.Random(FakeKey.Base64, 300, 1));

    private static readonly string OnepasswordSecretKeyKey = FakeKey.Of("A", "3-", FakeKey.Random(TestKeys.UpperAlphanumeric, 6, 11), "-", FakeKey.Random(TestKeys.UpperAlphanumeric, 11, 12), "-", FakeKey.Random(TestKeys.UpperAlphanumeric, 5, 13), "-", FakeKey.Random(TestKeys.UpperAlphanumeric, 5, 14), "-", FakeKey.Random(TestKeys.UpperAlphanumeric, 5, 15));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("1password-service-account-token", OnepasswordServiceAccountTokenKey, "API_KEY")
        .Ignores("1password-service-account-token", "embedded in a longer token", "value: Q" + OnepasswordServiceAccountTokenKey)
        .Ignores("1password-service-account-token", "one character below the minimum length", $"value: {OnepasswordServiceAccountTokenKey[..256]}")
        .Finds("1password-secret-key", OnepasswordSecretKeyKey, "API_KEY")
        .Ignores("1password-secret-key", "one character short", $"value: {OnepasswordSecretKeyKey[..^1]}")
        .Ignores("1password-secret-key", "embedded in a longer token", "value: Q" + OnepasswordSecretKeyKey);
}
