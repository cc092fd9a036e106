"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import type { AddressFormValues } from "@/lib/address/medusa-address"
import { cityLabel } from "@/lib/divisions/cascade"
import type { FieldError } from "@/lib/schemas/field-errors"
import { TextField } from "./field"
import { DivisionSelect, useProvinceName } from "./division-select"

type Props = { idPrefix: string; defaults: AddressFormValues; errors: Record<string, FieldError> }

/** Recipient, mobile, province → city → district, street and postal code; names match the address schema. */
export function AddressFields({ idPrefix, defaults, errors }: Props) {
  const t = useTranslations("checkout")
  const tError = useTranslations("fieldErrors")
  const [province, setProvince] = useState(defaults.provinceCode)
  const [city, setCity] = useState(defaults.cityCode)
  const [district, setDistrict] = useState(defaults.districtCode)
  const provinceName = useProvinceName(province)

  const id = (name: string) => `${idPrefix}-${name}`
  const error = (name: string) => (errors[name] ? tError(errors[name]) : null)
  return (
    <div className="address-fields">
      <TextField
        id={id("name")}
        name="name"
        label={t("name")}
        error={error("name")}
        defaultValue={defaults.name}
        autoComplete="name"
        maxLength={25}
      />
      <TextField
        id={id("phone")}
        name="phone"
        label={t("phone")}
        hint={t("phoneHint")}
        error={error("phone")}
        defaultValue={defaults.phone}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <div className="address-fields__cascade">
        <DivisionSelect
          id={id("provinceCode")}
          name="provinceCode"
          label={t("province")}
          parent={null}
          enabled
          value={province}
          onChange={(code) => (setProvince(code), setCity(""), setDistrict(""))}
          error={error("provinceCode")}
        />
        <DivisionSelect
          id={id("cityCode")}
          name="cityCode"
          label={t("city")}
          parent={province}
          enabled={province !== ""}
          value={city}
          onChange={(code) => (setCity(code), setDistrict(""))}
          error={error("cityCode")}
          optionLabel={(c) => cityLabel(provinceName, c)}
        />
        <DivisionSelect
          id={id("districtCode")}
          name="districtCode"
          label={t("district")}
          parent={city}
          enabled={city !== ""}
          value={district}
          onChange={setDistrict}
          error={error("districtCode")}
        />
      </div>
      <TextField
        id={id("street")}
        name="street"
        label={t("street")}
        hint={t("streetHint")}
        error={error("street")}
        defaultValue={defaults.street}
        autoComplete="street-address"
        maxLength={120}
      />
      <TextField
        id={id("postalCode")}
        name="postalCode"
        label={t("postalCode")}
        error={error("postalCode")}
        defaultValue={defaults.postalCode}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={6}
      />
    </div>
  )
}
