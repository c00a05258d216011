//! CRC-32 (IEEE, as `zlib.crc32`): the checksum the packaged table's header
//! records for its source files and its body (`model_router/pattern_table.py`).
//!
//! Slice-by-8 tables built at compile time: ~2 GB/s, so checking the 380 KB
//! of sources costs a process well under a millisecond and no import of
//! `zlib` on the Python side.

/// `TABLES[k][b]`: the CRC of byte `b` followed by `k` zero bytes.
static TABLES: [[u32; 256]; 8] = tables();

const fn tables() -> [[u32; 256]; 8] {
    let mut tables = [[0u32; 256]; 8];
    let mut byte = 0;
    while byte < 256 {
        let mut crc = byte as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 0 {
                crc >> 1
            } else {
                0xEDB8_8320 ^ (crc >> 1)
            };
            bit += 1;
        }
        tables[0][byte] = crc;
        byte += 1;
    }
    let mut byte = 0;
    while byte < 256 {
        let mut slice = 1;
        while slice < 8 {
            let previous = tables[slice - 1][byte];
            tables[slice][byte] = (previous >> 8) ^ tables[0][(previous & 0xff) as usize];
            slice += 1;
        }
        byte += 1;
    }
    tables
}

/// The CRC-32 of `bytes` continuing from `crc` (0 to start), exactly as
/// `zlib.crc32(bytes, crc)`.
pub fn crc32(crc: u32, bytes: &[u8]) -> u32 {
    let table = |slice: usize, value: u32| TABLES[slice][(value & 0xff) as usize];
    let mut crc = !crc;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let low = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]) ^ crc;
        let high = u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]);
        crc = table(7, low)
            ^ table(6, low >> 8)
            ^ table(5, low >> 16)
            ^ table(4, low >> 24)
            ^ table(3, high)
            ^ table(2, high >> 8)
            ^ table(1, high >> 16)
            ^ table(0, high >> 24);
    }
    for &byte in chunks.remainder() {
        crc = table(0, crc ^ u32::from(byte)) ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::crc32;

    /// Bit by bit, the definition the tables must agree with.
    fn reference(crc: u32, bytes: &[u8]) -> u32 {
        let mut crc = !crc;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 0 {
                    crc >> 1
                } else {
                    0xEDB8_8320 ^ (crc >> 1)
                };
            }
        }
        !crc
    }

    #[test]
    fn known_values() {
        assert_eq!(crc32(0, b""), 0);
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(0, b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn agrees_with_the_bitwise_definition_and_continues() {
        let bytes: Vec<u8> = (0..3000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 3000] {
            let part = &bytes[..length];
            assert_eq!(crc32(0, part), reference(0, part), "length {length}");
            for split in [0, length / 3, length / 2, length] {
                let (first, second) = part.split_at(split);
                assert_eq!(crc32(crc32(0, first), second), crc32(0, part));
            }
        }
    }
}
