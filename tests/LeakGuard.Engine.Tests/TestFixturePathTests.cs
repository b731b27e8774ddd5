using Xunit;

namespace LeakGuard.Engine.Tests;

public class TestFixturePathTests
{
    [Theory]
    [InlineData("tests/fixtures/server.key")]
    [InlineData("src/crypto/testdata/rsa2048.pem")]
    [InlineData("spec/support/keys/client.pem")]
    [InlineData("lib/Crypt/t/ecdsa.pem")]
    [InlineData("src/MyApp.Tests/Keys/signing.pem")]
    [InlineData("src/MyApp.IntegrationTests/cert.pfx")]
    [InlineData("__tests__/__fixtures__/id_rsa")]
    [InlineData("test_certs/ca.key")]
    [InlineData("docs/examples/pki/private/cakey.pem")]
    [InlineData("crypto/tls/handshake_test.go")]
    [InlineData("keys/test-key.pem")]
    [InlineData("src/Signing/SignerTests.cs")]
    [InlineData("src\\App.Tests\\key.pem")]
    [InlineData("test_client.py")]
    [InlineData("allauth/socialaccount/providers/apple/tests.py")]
    [InlineData("web/api.spec.ts")]
    [InlineData("config/appsettings.example.json")]
    [InlineData("botocore/data/iam/2010-05-08/examples-1.json")]
    public void A_test_or_example_path_is_a_fixture(string path)
    {
        Assert.True(TestFixturePath.Matches(path));
    }

    [Theory]
    [InlineData("deploy/server.key")]
    [InlineData("src/App/appsettings.json")]
    [InlineData("latest/keys/prod.pem")]
    [InlineData("contest/app/key.pem")]
    [InlineData("t")]
    [InlineData("tools/t.pem")]
    [InlineData("src/Attestation/attest.pem")]
    [InlineData("src/Testimonials/key.pem")]
    [InlineData("src/Contest.cs")]
    [InlineData("src/Best.cs")]
    [InlineData("test.py")]
    [InlineData("src/Test.cs")]
    [InlineData("config/.env.example")]
    [InlineData("payments-api/scripts/smoke_test.sh")]
    [InlineData("deploy/SmokeTests.ps1")]
    [InlineData("ci/api_smoke_test.py")]
    public void Another_path_is_not(string path)
    {
        Assert.False(TestFixturePath.Matches(path));
    }
}
