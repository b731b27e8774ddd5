using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AspNetRulesTests
{
    [Fact]
    public void Both_keys_of_one_element_are_found()
    {
        var text = $"<machineKey validationKey=\"{AspNetRulesSamples.ValidationKey}\" decryptionKey=\"{AspNetRulesSamples.DecryptionKey}\" validation=\"SHA1\" decryption=\"AES\" />";

        var findings = SecretScanner.Default.Scan(text).Findings;

        Assert.Equal(new[] { AspNetRulesSamples.ValidationKey, AspNetRulesSamples.DecryptionKey }, System.Linq.Enumerable.Select(findings, f => f.Secret));
        Assert.All(findings, f => Assert.Equal("aspnet-machine-key", f.Rule.Id));
    }
}
