/** The QR code of a survey's public link, as PNG or SVG (the `qrcode` package; error correction M). */
import QRCode from 'qrcode'

export async function surveyQr(link: string, format: 'png' | 'svg', size: number): Promise<{ contentType: string; data: Buffer | string }> {
  if (format === 'svg') return { contentType: 'image/svg+xml', data: await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: size }) }
  return { contentType: 'image/png', data: await QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: size }) }
}
