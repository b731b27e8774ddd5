using System.Linq;
using LeakGuard.Engine.Rules;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public sealed class PlausibilityTests
{
    [Theory]
    [InlineData("AmazonSSMManagedEC2InstanceDefaultPolicy")]
    [InlineData("policy/EC2InstanceProfileForImageBuilder")]
    [InlineData("AllowEc2InstancesWithEncryptedEbsVolumes")]
    [InlineData("configuration")]
    public void Names_and_paths_are_mostly_words(string value) => Assert.True(Plausibility.IsMostlyWords(value));

    [Theory]
    [InlineData("")]
    [InlineData("AbcDefGhi1234567")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("aBcDeFgHiJkLmNoPqRsTuVwXyZ")]
    [InlineData("Wordy12345/Words67890")]
    public void Values_with_few_words_are_not(string value) => Assert.False(Plausibility.IsMostlyWords(value));

    /// <summary>The rules that use it must not lose keys: about one random 40-character base 64 string in a million is mostly words.</summary>
    [Fact]
    public void Random_base64_keys_are_almost_never_mostly_words()
    {
        var wordy = Enumerable.Range(0, 200_000).Count(seed => Plausibility.IsMostlyWords(FakeKey.Random(FakeKey.Base64, 40, seed)));

        Assert.True(wordy <= 2, $"{wordy} of 200,000 random keys taken for words");
    }

    [Theory]
    [InlineData("FastlyServiceResponseAttribute_1")]
    [InlineData("EntityV3Integrations")]
    [InlineData("getBreachedPasswordDetectionResponse")]
    [InlineData("CloudflareAccountCreateRequestData_12345")]
    [InlineData("serviceDefinitionV21")]
    [InlineData("TestClusterOpenIdConnectProviderE18F0FD0")]
    [InlineData("getCommandAndParentPID")]
    [InlineData("setApiKeyForUser")]
    [InlineData("AwsIotAnalyticsParameters")]
    [InlineData("MuteUserIdsV1Paginator")]
    [InlineData("AskTweetStreamV1Params")]
    [InlineData("ReverseGeoCodeV1Params")]
    public void Names_in_code_are_code_identifiers(string value) => Assert.True(Plausibility.IsCodeIdentifier(value));

    [Theory]
    [InlineData("configurationdriftdetectionpolicy")]
    [InlineData("AbcDefGhi1234567")]
    [InlineData("Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8")]
    [InlineData("PIPELINE_SCHEDULE_TRIGGER")]
    [InlineData("servicedefinitionversion")]
    [InlineData("Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vE18F0FD0")]
    [InlineData("getCmdXyzAbcParentPIDQ")]
    [InlineData("SmartFleetSecretKeyForAuthentication2026!")]
    public void Lower_case_words_and_random_values_are_not(string value) => Assert.False(Plausibility.IsCodeIdentifier(value));

    /// <summary>Every context-gated rule asks it: lower-case keys are never identifiers, mixed-case ones almost never.</summary>
    [Fact]
    public void Random_keys_are_almost_never_code_identifiers()
    {
        var mixed = Enumerable.Range(0, 200_000).Count(seed => Plausibility.IsCodeIdentifier(FakeKey.Random(FakeKey.UrlSafe, 32, seed)));
        var lower = Enumerable.Range(0, 200_000).Count(seed => Plausibility.IsCodeIdentifier(FakeKey.Random(FakeKey.Hex, 32, seed)));

        Assert.True(mixed <= 5, $"{mixed} of 200,000 random keys taken for names in code");
        Assert.Equal(0, lower);
    }
}
