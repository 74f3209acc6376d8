import type { packagesZhCN } from './packages.zh-CN';

export const packagesEn: Record<keyof typeof packagesZhCN, string> = {
  'packages.password.required': 'Enter the package password',
  'packages.password.short': 'The password needs at least 8 characters',
  'packages.password.tooLong': 'The password cannot be longer than 128 characters',
  'packages.password.weak': 'Use at least two kinds of characters (letters, digits, symbols)',
  'packages.password.mismatch': 'The two passwords differ',
  'packages.password.wrong':
    'Wrong password: the package cannot be opened. Check the password with the sending office (case matters)',

  'packages.file.required': 'Choose a package file',
  'packages.file.notPackage': 'This is not a Sunshine Home data package (.shrpkg)',
  'packages.file.foreignKdf':
    'This file is not a package made by this software (its encryption settings are not ones this software writes); it was refused without trying to decrypt it. Ask the sending office to make a new package with this software',
  'packages.file.damaged': 'The package header is damaged and cannot be read. Ask the sending office for a new package',
  'packages.file.unsupported':
    'The package was made by a newer version of the app (format {version}); upgrade before importing',
  'packages.file.tampered':
    'The package was altered or damaged and failed its checks; it was refused. Ask the sending office for a new package',
  'packages.file.tooLarge': 'The package file is too large to import',

  'packages.office.unknown':
    'The package comes from an office that is not registered, "{name}" ({code}); it was refused. Register that office\'s public key first',
  'packages.signature.bad':
    'The package signature does not match the registered key of "{name}"; it may be forged and was refused',
  'packages.sequence.replayed':
    'Package no. {sequence} of "{name}" was already imported (last received: no. {last}); this replayed or old package was refused',
  'packages.sequence.outOfOrder':
    'Package no. {expected} of "{name}" is missing: import no. {expected} before no. {sequence} (if it is truly lost, you can confirm skipping it)',
  'packages.division.missing':
    'Division "{name}" ({code}) in the package has no parent here and cannot be imported; add it under Settings first',
  'packages.reference.missing':
    'A record in the package refers to an institution the package does not contain ({key}); the package is incomplete and was refused',

  'packages.office.missing': 'This office is not set up yet (level, code, name); set it under "This office" first',
  'packages.office.name': 'Enter the office name (2 to 60 characters)',
  'packages.office.code': 'The office code is a 6- or 12-digit division code',
  'packages.office.codeStreet': 'Choose the street this office serves',
  'packages.office.codeDistrict': 'A district office uses the code of the district in this register',
  'packages.office.codeCity': 'A city office code has 6 digits ending in 00 (e.g. 440300)',
  'packages.export.notAllowed': 'A city office has no office above it to send packages to',
  'packages.import.notAllowed': 'A street office has no offices below it to receive packages from',

  'packages.export.folderRequired': 'Choose or enter the folder to save the package in',
  'packages.export.folderAbsolute': 'Enter the full folder path (e.g. E:\\ or /media/usb)',
  'packages.export.folderFailed':
    'Cannot write to "{path}": check that the USB stick is plugged in and not write-protected, or choose another folder',
  'packages.export.verifyFailed':
    'The package read back differently from what was written and was deleted; try another stick or folder',
  'packages.export.busy': 'Another package is being made; try again in a moment',

  'packages.keyFile.invalid': 'This is not a valid office key file (.shrkey)',
  'packages.keyFile.fingerprint':
    'The fingerprint in the key file does not match its key; the file may have been altered',
  'packages.keyFile.confirm':
    'The key fingerprint differs from the one you confirmed; choose the file again and compare the fingerprint',
  'packages.lowerOffice.self': "This is this office's own key; there is nothing to register",
  'packages.lowerOffice.notLower': '"{name}" ({code}) is not an office below this one and cannot be registered',
  'packages.lowerOffice.exists':
    '"{name}" ({code}) is already registered. To replace its key, deactivate it first and register again',
  'packages.lowerOffice.notFound': 'That lower office does not exist',

  'packages.conflict.notFound': 'That conflict does not exist',
  'packages.conflict.resolved': 'That conflict was already resolved',
  'packages.conflict.permitTaken':
    'Work permit number "{number}" is held by another staff member here; the lower office\'s data cannot be taken',
  'packages.conflict.recordGone': 'The matching record here no longer exists; the conflict cannot be resolved',
};
