using System;
using System.Linq;
using CsCheck;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// A PKCS#12 file holding a private key is recognised by its bytes, with or without a password; one of certificates
/// alone (a trust store), other binary data, and a file cut short are not.
/// </summary>
public class KeyFilesTests
{
    [Theory]
    [InlineData("dev-only")]
    [InlineData(null)]
    public void A_pfx_with_its_private_key_is_a_key_file(string? password) =>
        Assert.Same(KeyFiles.Pkcs12, KeyFiles.Identify(TestCertificates.PfxWithKey(password)));

    [Fact]
    public void A_trust_store_of_certificates_alone_is_not() =>
        Assert.Null(KeyFiles.Identify(TestCertificates.TrustStore()));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_java_keystore_with_a_private_or_secret_key_is_a_key_file(bool jceks) =>
        Assert.Same(KeyFiles.JavaKeyStore, KeyFiles.Identify(TestCertificates.JavaKeyStore(withKey: true, jceks)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_java_trust_store_is_not(bool jceks) =>
        Assert.Null(KeyFiles.Identify(TestCertificates.JavaKeyStore(withKey: false, jceks)));

    [Fact]
    public void A_java_keystore_cut_inside_its_first_entry_is_not() =>
        Assert.Null(KeyFiles.Identify(TestCertificates.JavaKeyStore(withKey: true).AsSpan(0, 200)));

    [Fact]
    public void A_pfx_cut_to_its_header_is_not() =>
        Assert.Null(KeyFiles.Identify(TestCertificates.PfxWithKey().AsSpan(0, 40)));

    [Fact]
    public void Other_binary_data_is_not()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Enumerable.Repeat((byte)7, 200)).ToArray();
        var random = new byte[4096];
        new Random(5).NextBytes(random);
        random[0] = 0x30;

        Assert.Null(KeyFiles.Identify(png));
        Assert.Null(KeyFiles.Identify(random));
    }

    /// <summary>Any bytes after a keystore's or a PKCS#12 file's header: an answer, never an exception or a hang.</summary>
    [Fact]
    public void Hostile_bytes_after_a_key_file_header_are_read_safely()
    {
        byte[][] headers =
        [
            [0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0x7F, 0xFF, 0xFF, 0xFF],
            [0xCE, 0xCE, 0xCE, 0xCE, 0, 0, 0, 1, 0, 0, 0, 3],
            [0x30, 0x82, 0x10, 0x00, 0x02, 0x01, 0x03, 0x30],
        ];
        Gen.Select(Gen.Int[0, headers.Length - 1], Gen.Byte.Array[0, 400]).Sample(
            (header, tail) =>
            {
                var rule = KeyFiles.Identify([.. headers[header], .. tail]);
                Assert.True(rule is null || KeyFiles.All.Contains(rule));
            },
            iter: 20_000);
    }

    [Fact]
    public void The_secret_shown_is_the_files_sha256_and_tells_files_apart()
    {
        var first = TestCertificates.PfxWithKey();
        var second = TestCertificates.PfxWithKey();

        Assert.Matches("^[0-9a-f]{64}$", KeyFiles.SecretOf(first));
        Assert.Equal(KeyFiles.SecretOf(first), KeyFiles.SecretOf(first.ToArray()));
        Assert.NotEqual(KeyFiles.SecretOf(first), KeyFiles.SecretOf(second));
    }
}
