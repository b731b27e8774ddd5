using System.Text;
using CsCheck;
using LeakGuard.Engine.Decoding;
using Xunit;

namespace LeakGuard.Engine.Tests.Decoding;

/// <summary>The check on bytes that spares decoding binary never rejects bytes whose text is mostly printable.</summary>
public class PrintableTests
{
    [Theory]
    [InlineData(new byte[] { }, false)]
    [InlineData(new byte[] { 0x61, 0x62, 0x0A }, true)]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69 }, true)]
    [InlineData(new byte[] { 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xE2, 0x82, 0xAC }, true)]
    [InlineData(new byte[] { 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xE2, 0x82, 0xAC }, false)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, false)]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x61 }, false)]
    public void Tells_binary_from_what_may_be_text(byte[] bytes, bool mayBe) =>
        Assert.Equal(mayBe, Printable.MayBeMostlyPrintable(bytes));

    [Fact]
    public void Never_rejects_bytes_that_decode_to_mostly_printable_text() =>
        Gen.OneOf(Gen.Byte, Gen.Byte[0x20, 0x7E], Gen.Byte[0x80, 0xFF], Gen.OneOfConst<byte>(0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x0A))
            .Array[0, 64]
            .Sample(bytes => Printable.MayBeMostlyPrintable(bytes) || !Printable.IsMostlyPrintable(Encoding.UTF8.GetString(bytes)), iter: 100_000);

    [Fact]
    public void Never_rejects_the_encoding_of_mostly_printable_text() =>
        Gen.String[Gen.OneOf(Gen.Char['a', 'z'], Gen.Char["\u00e9\u20ac\n\u0001"]), 0, 40]
            .Select(text => text + (text.Length % 3 == 0 ? "\ud83d\ude00" : ""))
            .Sample(text => Printable.MayBeMostlyPrintable(Encoding.UTF8.GetBytes(text)) || !Printable.IsMostlyPrintable(text), iter: 100_000);
}
