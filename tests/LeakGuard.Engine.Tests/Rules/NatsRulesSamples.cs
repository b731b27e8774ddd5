using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NatsRulesSamples
{
    private static readonly string UserSeed = TestKeys.NatsSeed('U', 1);

    private static readonly string AccountSeed = TestKeys.NatsSeed('A', 2);

    private static readonly string OperatorSeed = TestKeys.NatsSeed('O', 3);

    // The user seed of NATS's documentation on nkey authentication, in every tutorial that copies it.
    private static readonly string DocumentedSeed = FakeKey.Of("SUACSSL3UAHUDXKF", "SNVUZRF5UHPMWZ6B", "FDTJ7M6USDXIEDNPPQYYYCU3VY");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("nats-nkey-seed", "a .creds file that nsc wrote", $"************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\nNKEYs are sensitive and should be treated as secrets.\n\n-----BEGIN USER NKEY SEED-----\n{UserSeed}\n------END USER NKEY SEED------\n", UserSeed)
        .FindsIn("nats-nkey-seed", "an account's seed in an environment file", $"NATS_ACCOUNT_SEED={AccountSeed}\n", AccountSeed)
        .FindsIn("nats-nkey-seed", "NATS.Net's options in C#", $"var opts = NatsOpts.Default with {{ AuthOpts = new NatsAuthOpts {{ Seed = \"{OperatorSeed}\" }} }};", OperatorSeed)
        .Ignores("nats-nkey-seed", "a seed whose checksum does not match", $"-----BEGIN USER NKEY SEED-----\n{TestKeys.NatsSeed('U', 4, validChecksum: false)}\n------END USER NKEY SEED------\n")
        .Ignores("nats-nkey-seed", "the seed of NATS's documentation", $"nkey_seed: {DocumentedSeed}\n");
}
