// Runs before every test file: exceljs must load with the UTF-8 chunk fix, whatever a test imports first.
import '../../src/ingest/exceljs-utf8-fix.js';

process.env.TZ = 'Asia/Shanghai';
